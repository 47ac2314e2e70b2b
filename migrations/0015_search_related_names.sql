-- A statement is found by the names of what it is about, not only by its words: the search
-- index gains a third column, `related`, holding for a statement its speaker's name and aliases
-- and the names and aliases of its issues (`Putin CFE` finds Putin's threat about the
-- "Conventional Armed Forces in Europe Treaty"; empty for other records). FTS5 cannot add a
-- column in place, so the index is built again from its own content with the same rowids (which
-- search_docs points at), the related names computed for each statement. The statement triggers
-- write the new column, and new ones keep it current when a statement's issues change or a
-- speaker's or an issue's name or aliases change (those re-index the statements in place,
-- keeping their rowids, since the statements themselves did not change). Written by hand.
CREATE TABLE `search_index_copy` AS SELECT rowid AS `doc`, title, body FROM `search_index`;
--> statement-breakpoint
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, related, tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4');
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, related)
  SELECT c.`doc`, c.title, c.body, CASE WHEN d.type = 'statement' THEN coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = d.record_id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = d.record_id), '') ELSE '' END
  FROM `search_index_copy` c JOIN search_docs d ON d.rowid = c.`doc` ORDER BY c.`doc`;
--> statement-breakpoint
DROP TABLE `search_index_copy`;
--> statement-breakpoint
DROP TRIGGER `statements_search_insert`;
--> statement-breakpoint
CREATE TRIGGER `statements_search_insert` AFTER INSERT ON `statements` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
DROP TRIGGER `statements_search_update`;
--> statement-breakpoint
CREATE TRIGGER `statements_search_update` AFTER UPDATE OF `speaker_label`, `text`, `venue`, `speaker_id` ON `statements` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statement_issues_search_insert` AFTER INSERT ON `statement_issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (NEW.statement_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (NEW.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER `statement_issues_search_delete` AFTER DELETE ON `statement_issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (OLD.statement_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (OLD.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER `statement_issues_search_update` AFTER UPDATE OF `issue_id`, `statement_id` ON `statement_issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (OLD.statement_id, NEW.statement_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (OLD.statement_id, NEW.statement_id);
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_related` AFTER UPDATE OF `name` ON `actors` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT s.id FROM statements s WHERE s.speaker_id = NEW.id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT s.id FROM statements s WHERE s.speaker_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_related_insert` AFTER INSERT ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT s.id FROM statements s WHERE s.speaker_id = NEW.actor_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT s.id FROM statements s WHERE s.speaker_id = NEW.actor_id);
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_related_delete` AFTER DELETE ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT s.id FROM statements s WHERE s.speaker_id = OLD.actor_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT s.id FROM statements s WHERE s.speaker_id = OLD.actor_id);
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_related_update` AFTER UPDATE OF `name`, `actor_id` ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT s.id FROM statements s WHERE s.speaker_id IN (OLD.actor_id, NEW.actor_id)));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT s.id FROM statements s WHERE s.speaker_id IN (OLD.actor_id, NEW.actor_id));
END;
--> statement-breakpoint
CREATE TRIGGER `issues_search_related` AFTER UPDATE OF `name` ON `issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = NEW.id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_related_insert` AFTER INSERT ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = NEW.issue_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = NEW.issue_id);
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_related_delete` AFTER DELETE ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = OLD.issue_id));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id = OLD.issue_id);
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_related_update` AFTER UPDATE OF `name`, `issue_id` ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT d.rowid FROM search_docs d WHERE d.type = 'statement' AND d.record_id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id IN (OLD.issue_id, NEW.issue_id)));
  INSERT INTO search_index (rowid, title, body, related) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, ''), coalesce((SELECT a.name || ' ' || coalesce((SELECT group_concat(x.name, ' ') FROM actor_aliases x WHERE x.actor_id = a.id), '') FROM actors a WHERE a.id = (SELECT s2.speaker_id FROM statements s2 WHERE s2.id = r.id)), '') || ' ' || coalesce((SELECT group_concat(i.name || ' ' || coalesce((SELECT group_concat(y.name, ' ') FROM issue_aliases y WHERE y.issue_id = i.id), ''), ' ') FROM statement_issues si JOIN issues i ON i.id = si.issue_id WHERE si.statement_id = r.id), '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id IN (SELECT si.statement_id FROM statement_issues si WHERE si.issue_id IN (OLD.issue_id, NEW.issue_id));
END;
