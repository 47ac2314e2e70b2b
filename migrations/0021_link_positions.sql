-- Each link row gets its place in its record's list, so a record's issues, actors, participants
-- and proposals come back in the order they were written by saying so, not by the order SQLite
-- happened to store the rows in (their rowids), which another database does not keep. Filled
-- here from that storage order; the write service writes the position with every row. The
-- UPDATEs were added by hand to what drizzle-kit generated.
ALTER TABLE `date_actors` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `date_issues` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `proposal_issues` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `proposal_participants` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `statement_actors` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `statement_issues` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `statement_proposals` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `date_actors` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `date_id` ORDER BY `rowid`) AS `n` FROM `date_actors`) AS `ranked` WHERE `ranked`.`r` = `date_actors`.`rowid`;--> statement-breakpoint
UPDATE `date_issues` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `date_id` ORDER BY `rowid`) AS `n` FROM `date_issues`) AS `ranked` WHERE `ranked`.`r` = `date_issues`.`rowid`;--> statement-breakpoint
UPDATE `proposal_issues` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `proposal_id` ORDER BY `rowid`) AS `n` FROM `proposal_issues`) AS `ranked` WHERE `ranked`.`r` = `proposal_issues`.`rowid`;--> statement-breakpoint
UPDATE `proposal_participants` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `proposal_id` ORDER BY `rowid`) AS `n` FROM `proposal_participants`) AS `ranked` WHERE `ranked`.`r` = `proposal_participants`.`rowid`;--> statement-breakpoint
UPDATE `statement_actors` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `statement_id` ORDER BY `rowid`) AS `n` FROM `statement_actors`) AS `ranked` WHERE `ranked`.`r` = `statement_actors`.`rowid`;--> statement-breakpoint
UPDATE `statement_issues` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `statement_id` ORDER BY `rowid`) AS `n` FROM `statement_issues`) AS `ranked` WHERE `ranked`.`r` = `statement_issues`.`rowid`;--> statement-breakpoint
UPDATE `statement_proposals` SET `position` = `ranked`.`n` FROM (SELECT `rowid` AS `r`, row_number() OVER (PARTITION BY `statement_id` ORDER BY `rowid`) AS `n` FROM `statement_proposals`) AS `ranked` WHERE `ranked`.`r` = `statement_proposals`.`rowid`;
