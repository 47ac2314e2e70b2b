-- An undated statement is known by the day its earliest reporting article was written: the
-- source's reference_date when it has one (the day its relative dates count from: iht-2007-10-22
-- is of 2007-10-19, amt-2007-11-01 was written on 2007-10-29), else its publication day. The
-- statements' triggers of 0014 are made again with that day, and fire on a source's reference
-- date too. statement_issues' copy of known_by (0008) now follows the statement's own instead of
-- working it out again, so the two cannot disagree. Written by hand.
DROP TRIGGER `statements_known_by_insert`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_date`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_cite`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_uncite`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_recite`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_source`;--> statement-breakpoint
DROP TRIGGER `statements_known_by_span`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_insert`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_statement`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_cite`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_uncite`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_source`;--> statement-breakpoint
DROP TRIGGER `statement_issues_position_span`;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_insert` AFTER INSERT ON `statements` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`id` AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_date` AFTER UPDATE OF `date_end` ON `statements` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`id` AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_cite` AFTER INSERT ON `citations` WHEN NEW.`statement_id` IS NOT NULL BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`statement_id` AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_uncite` AFTER DELETE ON `citations` WHEN OLD.`statement_id` IS NOT NULL BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = OLD.`statement_id` AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_recite` AFTER UPDATE OF `evidence_id`, `statement_id` ON `citations` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (OLD.`statement_id`, NEW.`statement_id`) AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_source` AFTER UPDATE OF `date_end`, `reference_end` ON `sources` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (SELECT `c`.`statement_id` FROM `evidence_spans` `e` JOIN `citations` `c` ON `c`.`evidence_id` = `e`.`id` WHERE `e`.`source_id` = NEW.`id` AND `c`.`statement_id` IS NOT NULL) AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_span` AFTER UPDATE OF `source_id` ON `evidence_spans` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (SELECT `statement_id` FROM `citations` WHERE `evidence_id` = NEW.`id` AND `statement_id` IS NOT NULL) AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_insert` AFTER INSERT ON `statement_issues` BEGIN
  UPDATE `statement_issues` SET `speaker_id` = (SELECT `speaker_id` FROM `statements` WHERE `id` = NEW.`statement_id`), `known_by` = (SELECT `known_by` FROM `statements` WHERE `id` = NEW.`statement_id`)
  WHERE `statement_id` = NEW.`statement_id` AND `issue_id` = NEW.`issue_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_position_statement` AFTER UPDATE OF `speaker_id`, `known_by` ON `statements` BEGIN
  UPDATE `statement_issues` SET `speaker_id` = NEW.`speaker_id`, `known_by` = NEW.`known_by` WHERE `statement_id` = NEW.`id` AND (`speaker_id` IS NOT NEW.`speaker_id` OR `known_by` IS NOT NEW.`known_by`);
END;--> statement-breakpoint
UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE 1 AND `known_by` IS NOT coalesce(`date_end`, (SELECT min(min(coalesce(`src`.`reference_end`, `src`.`date_end`), coalesce(`src`.`date_end`, `src`.`reference_end`))) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));
--> statement-breakpoint
UPDATE `statement_issues` SET `known_by` = (SELECT `known_by` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`) WHERE `known_by` IS NOT (SELECT `known_by` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`);
