-- Dates' links to actors and issues get the date's sort key, so the dates of one actor or about
-- one issue are one index range in list order. The UPDATEs fill it for dates written before this
-- migration (added by hand to what drizzle-kit generated).
DROP INDEX `date_actors_actor_idx`;--> statement-breakpoint
ALTER TABLE `date_actors` ADD `sort_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `date_actors` SET `sort_date` = coalesce((SELECT `date_start` FROM `dates` WHERE `dates`.`id` = `date_actors`.`date_id`), '');--> statement-breakpoint
CREATE INDEX `date_actors_actor_idx` ON `date_actors` (`actor_id`,`sort_date`,`date_id`);--> statement-breakpoint
DROP INDEX `date_issues_issue_idx`;--> statement-breakpoint
ALTER TABLE `date_issues` ADD `sort_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `date_issues` SET `sort_date` = coalesce((SELECT `date_start` FROM `dates` WHERE `dates`.`id` = `date_issues`.`date_id`), '');--> statement-breakpoint
CREATE INDEX `date_issues_issue_idx` ON `date_issues` (`issue_id`,`sort_date`,`date_id`);
