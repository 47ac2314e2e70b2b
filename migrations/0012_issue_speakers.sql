-- For GET /issues/{id}/positions, two things.
-- issue_speakers: each actor who spoke on each issue, with how many of their statements on it are
-- known (known_by set) and the earliest known_by day among them. A page walks this table's rows
-- instead of seeking each speaker's range of statement_issues, passes over the speakers who had
-- said nothing yet by `as_of` without a query each, and reads a count instead of counting. It is
-- derived from statement_issues alone (whose speaker and known_by the triggers of 0008 keep), so
-- triggers on statement_issues keep it, whoever writes: the count by +1 and -1, the first day
-- as a min() over statement_issues_position_idx (a seek). A row goes when its count reaches 0.
-- statement_issues_position_idx gains the stance, so a page reads each actor's latest statements'
-- ids, days and stances from the index alone (the index is rebuilt; the table is not).
-- The fill and the triggers were added by hand to what drizzle-kit generated.
CREATE TABLE `issue_speakers` (
	`issue_id` text NOT NULL,
	`speaker_id` text NOT NULL,
	`statement_count` integer NOT NULL,
	`first_known_by` text NOT NULL,
	PRIMARY KEY(`issue_id`, `speaker_id`)
);
--> statement-breakpoint
CREATE INDEX `issue_speakers_walk_idx` ON `issue_speakers` (`issue_id`,`speaker_id`,`first_known_by`,`statement_count`);--> statement-breakpoint
DROP INDEX `statement_issues_position_idx`;--> statement-breakpoint
CREATE INDEX `statement_issues_position_idx` ON `statement_issues` (`issue_id`,`speaker_id`,`known_by`,`statement_id`,`stance`);--> statement-breakpoint
INSERT INTO `issue_speakers` (`issue_id`, `speaker_id`, `statement_count`, `first_known_by`) SELECT `issue_id`, `speaker_id`, count(*), min(`known_by`) FROM `statement_issues` WHERE `speaker_id` IS NOT NULL AND `known_by` IS NOT NULL GROUP BY `issue_id`, `speaker_id`;--> statement-breakpoint
CREATE TRIGGER `issue_speakers_link_insert` AFTER INSERT ON `statement_issues` WHEN NEW.`speaker_id` IS NOT NULL AND NEW.`known_by` IS NOT NULL BEGIN
  INSERT INTO `issue_speakers` (`issue_id`, `speaker_id`, `statement_count`, `first_known_by`) VALUES (NEW.`issue_id`, NEW.`speaker_id`, 1, NEW.`known_by`)
  ON CONFLICT (`issue_id`, `speaker_id`) DO UPDATE SET `statement_count` = `statement_count` + 1, `first_known_by` = min(`first_known_by`, excluded.`first_known_by`);
END;--> statement-breakpoint
CREATE TRIGGER `issue_speakers_link_delete` AFTER DELETE ON `statement_issues` WHEN OLD.`speaker_id` IS NOT NULL AND OLD.`known_by` IS NOT NULL BEGIN
  UPDATE `issue_speakers` SET `statement_count` = `statement_count` - 1, `first_known_by` = coalesce((SELECT min(`known_by`) FROM `statement_issues` WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id`), `first_known_by`)
  WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id`;
  DELETE FROM `issue_speakers` WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id` AND `statement_count` <= 0;
END;--> statement-breakpoint
CREATE TRIGGER `issue_speakers_link_update_old` AFTER UPDATE OF `issue_id`, `speaker_id`, `known_by` ON `statement_issues` WHEN OLD.`speaker_id` IS NOT NULL AND OLD.`known_by` IS NOT NULL BEGIN
  UPDATE `issue_speakers` SET `statement_count` = `statement_count` - 1, `first_known_by` = coalesce((SELECT min(`known_by`) FROM `statement_issues` WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id`), `first_known_by`)
  WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id`;
  DELETE FROM `issue_speakers` WHERE `issue_id` = OLD.`issue_id` AND `speaker_id` = OLD.`speaker_id` AND `statement_count` <= 0;
END;--> statement-breakpoint
CREATE TRIGGER `issue_speakers_link_update_new` AFTER UPDATE OF `issue_id`, `speaker_id`, `known_by` ON `statement_issues` WHEN NEW.`speaker_id` IS NOT NULL AND NEW.`known_by` IS NOT NULL BEGIN
  INSERT INTO `issue_speakers` (`issue_id`, `speaker_id`, `statement_count`, `first_known_by`) VALUES (NEW.`issue_id`, NEW.`speaker_id`, 1, NEW.`known_by`)
  ON CONFLICT (`issue_id`, `speaker_id`) DO UPDATE SET `statement_count` = `statement_count` + 1, `first_known_by` = min(`first_known_by`, excluded.`first_known_by`);
END;
