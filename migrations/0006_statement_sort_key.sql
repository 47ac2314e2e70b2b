-- Statements get their sort key as a real column (SQLite seeks row values on columns, not on
-- expressions), filled for existing rows. The search trigger now fires only when indexed text
-- changes, so filling the key does not re-index every statement. (The UPDATE and the trigger are
-- added by hand to what drizzle-kit generated.)
DROP INDEX `statements_speaker_idx`;--> statement-breakpoint
DROP INDEX `statements_kind_idx`;--> statement-breakpoint
DROP INDEX `statements_date_idx`;--> statement-breakpoint
DROP INDEX `statements_plover_idx`;--> statement-breakpoint
DROP INDEX `statements_responds_to_idx`;--> statement-breakpoint
DROP TRIGGER `statements_search_update`;--> statement-breakpoint
CREATE TRIGGER `statements_search_update` AFTER UPDATE OF `speaker_label`, `text`, `venue` ON `statements` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
ALTER TABLE `statements` ADD `sort_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `statements` SET `sort_date` = coalesce(`date_start`, '');--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_date_idx` ON `statements` (`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_plover_idx` ON `statements` (`plover_type`,`sort_date`,`id`);--> statement-breakpoint
CREATE INDEX `statements_responds_to_idx` ON `statements` (`responds_to_id`,`sort_date`,`id`);