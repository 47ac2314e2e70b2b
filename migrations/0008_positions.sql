-- Each actor's position on an issue becomes one index range: statement_issues gets the
-- statement's speaker and its known_by day (the end of its date's interval, or for an undated
-- statement the earliest publication of a source citing it). known_by depends on citations and
-- sources, so triggers keep both copies, whoever writes: the API, the seed loader, a replay.
-- The UPDATE, the index's placement and the triggers were added by hand to what drizzle-kit
-- generated.
ALTER TABLE `statement_issues` ADD `speaker_id` text;--> statement-breakpoint
ALTER TABLE `statement_issues` ADD `known_by` text;--> statement-breakpoint
UPDATE `statement_issues` SET `speaker_id` = (SELECT `speaker_id` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`), `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statement_issues`.`statement_id`));--> statement-breakpoint
CREATE INDEX `statement_issues_position_idx` ON `statement_issues` (`issue_id`,`speaker_id`,`known_by`,`statement_id`);--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_insert` AFTER INSERT ON `statement_issues` BEGIN
  UPDATE `statement_issues` SET `speaker_id` = (SELECT `speaker_id` FROM `statements` WHERE `id` = NEW.`statement_id`), `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = NEW.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = NEW.`statement_id`))
  WHERE `statement_id` = NEW.`statement_id` AND `issue_id` = NEW.`issue_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_statement` AFTER UPDATE OF `speaker_id`, `date_end` ON `statements` BEGIN
  UPDATE `statement_issues` SET `speaker_id` = NEW.`speaker_id`, `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = NEW.`id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = NEW.`id`)) WHERE `statement_id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_cite` AFTER INSERT ON `citations` WHEN NEW.`statement_id` IS NOT NULL BEGIN
  UPDATE `statement_issues` SET `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = NEW.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = NEW.`statement_id`)) WHERE `statement_id` = NEW.`statement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_uncite` AFTER DELETE ON `citations` WHEN OLD.`statement_id` IS NOT NULL BEGIN
  UPDATE `statement_issues` SET `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = OLD.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = OLD.`statement_id`)) WHERE `statement_id` = OLD.`statement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_source` AFTER UPDATE OF `date_end` ON `sources` BEGIN
  UPDATE `statement_issues` SET `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statement_issues`.`statement_id`))
  WHERE `statement_id` IN (SELECT `c`.`statement_id` FROM `evidence_spans` `e` JOIN `citations` `c` ON `c`.`evidence_id` = `e`.`id` WHERE `e`.`source_id` = NEW.`id` AND `c`.`statement_id` IS NOT NULL);
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_span` AFTER UPDATE OF `source_id` ON `evidence_spans` BEGIN
  UPDATE `statement_issues` SET `known_by` = coalesce((SELECT `date_end` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`), (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statement_issues`.`statement_id`))
  WHERE `statement_id` IN (SELECT `statement_id` FROM `citations` WHERE `evidence_id` = NEW.`id` AND `statement_id` IS NOT NULL);
END;
