-- Every statement has a place in time. A statement printed in an article was made no later
-- than the article's publication, so each statement gets known_by: the last day it can have
-- been made (its date's last day, or, when the articles do not date it, the publication day of
-- the earliest article reporting it), and its sort key becomes its date's first day or, when
-- undated, that known_by day, so undated statements take their place in the lists, the date
-- filters and the timeline instead of coming first and being left out. Both depend on the
-- statement's date, its citations, their spans and the sources' dates, so triggers keep them,
-- whoever writes (the API, the seed loader, a replay), and the copy of the sort key in
-- statement_issues with them. The UPDATEs and the triggers were added by hand to what
-- drizzle-kit generated.
ALTER TABLE `statements` ADD `known_by` text;--> statement-breakpoint
UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`));--> statement-breakpoint
UPDATE `statements` SET `sort_date` = coalesce(`date_start`, `known_by`, '') WHERE `sort_date` <> coalesce(`date_start`, `known_by`, '');--> statement-breakpoint
UPDATE `statement_issues` SET `sort_date` = (SELECT `sort_date` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`) WHERE `sort_date` <> (SELECT `sort_date` FROM `statements` WHERE `id` = `statement_issues`.`statement_id`);--> statement-breakpoint
CREATE TRIGGER `statements_known_by_insert` AFTER INSERT ON `statements` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_date` AFTER UPDATE OF `date_end` ON `statements` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_sort_date` AFTER UPDATE OF `date_start`, `known_by`, `sort_date` ON `statements` WHEN NEW.`sort_date` IS NOT coalesce(NEW.`date_start`, NEW.`known_by`, '') BEGIN
  UPDATE `statements` SET `sort_date` = coalesce(`date_start`, `known_by`, '') WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_sort_date_copy` AFTER UPDATE OF `sort_date` ON `statements` BEGIN
  UPDATE `statement_issues` SET `sort_date` = NEW.`sort_date` WHERE `statement_id` = NEW.`id` AND `sort_date` <> NEW.`sort_date`;
END;--> statement-breakpoint
CREATE TRIGGER `statement_issues_sort_date` AFTER INSERT ON `statement_issues` BEGIN
  UPDATE `statement_issues` SET `sort_date` = (SELECT `sort_date` FROM `statements` WHERE `id` = NEW.`statement_id`) WHERE `rowid` = NEW.`rowid`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_cite` AFTER INSERT ON `citations` WHEN NEW.`statement_id` IS NOT NULL BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = NEW.`statement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_uncite` AFTER DELETE ON `citations` WHEN OLD.`statement_id` IS NOT NULL BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` = OLD.`statement_id`;
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_recite` AFTER UPDATE OF `evidence_id`, `statement_id` ON `citations` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (OLD.`statement_id`, NEW.`statement_id`);
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_source` AFTER UPDATE OF `date_end` ON `sources` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (SELECT `c`.`statement_id` FROM `evidence_spans` `e` JOIN `citations` `c` ON `c`.`evidence_id` = `e`.`id` WHERE `e`.`source_id` = NEW.`id` AND `c`.`statement_id` IS NOT NULL);
END;--> statement-breakpoint
CREATE TRIGGER `statements_known_by_span` AFTER UPDATE OF `source_id` ON `evidence_spans` BEGIN
  UPDATE `statements` SET `known_by` = coalesce(`date_end`, (SELECT min(`src`.`date_end`) FROM `citations` `c` JOIN `evidence_spans` `e` ON `e`.`id` = `c`.`evidence_id` JOIN `sources` `src` ON `src`.`id` = `e`.`source_id` WHERE `c`.`statement_id` = `statements`.`id`)) WHERE `id` IN (SELECT `statement_id` FROM `citations` WHERE `evidence_id` = NEW.`id` AND `statement_id` IS NOT NULL);
END;
