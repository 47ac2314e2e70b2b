-- Full-text search over every collection (FTS5). search_docs maps each record to the
-- index's rowid; triggers keep both in step with every insert, update and delete.
CREATE TABLE `search_docs` (
	`rowid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`record_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_record_idx` ON `search_docs` (`type`,`record_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `sources_search_insert` AFTER INSERT ON `sources` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'source' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'source' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'source', r.id FROM sources r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.title, ''), coalesce(r.outlet, '') || ' ' || coalesce(r.author, '') || ' ' || r.body FROM sources r JOIN search_docs d ON d.type = 'source' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_update` AFTER UPDATE ON `sources` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'source' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'source' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'source', r.id FROM sources r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.title, ''), coalesce(r.outlet, '') || ' ' || coalesce(r.author, '') || ' ' || r.body FROM sources r JOIN search_docs d ON d.type = 'source' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'source' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'source' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'source', r.id FROM sources r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.title, ''), coalesce(r.outlet, '') || ' ' || coalesce(r.author, '') || ' ' || r.body FROM sources r JOIN search_docs d ON d.type = 'source' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_search_delete` AFTER DELETE ON `sources` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'source' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'source' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'source', r.id FROM sources r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.title, ''), coalesce(r.outlet, '') || ' ' || coalesce(r.author, '') || ' ' || r.body FROM sources r JOIN search_docs d ON d.type = 'source' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_insert` AFTER INSERT ON `statements` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_search_update` AFTER UPDATE ON `statements` BEGIN
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
CREATE TRIGGER `statements_search_delete` AFTER DELETE ON `statements` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'statement' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'statement' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'statement', r.id FROM statements r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_insert` AFTER INSERT ON `actors` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_update` AFTER UPDATE ON `actors` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actors_search_delete` AFTER DELETE ON `actors` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `issues_search_insert` AFTER INSERT ON `issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `issues_search_update` AFTER UPDATE ON `issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `issues_search_delete` AFTER DELETE ON `issues` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_insert` AFTER INSERT ON `proposals` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'proposal' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'proposal' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'proposal', r.id FROM proposals r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.title, r.summary FROM proposals r JOIN search_docs d ON d.type = 'proposal' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_update` AFTER UPDATE ON `proposals` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'proposal' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'proposal' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'proposal', r.id FROM proposals r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.title, r.summary FROM proposals r JOIN search_docs d ON d.type = 'proposal' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'proposal' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'proposal' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'proposal', r.id FROM proposals r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.title, r.summary FROM proposals r JOIN search_docs d ON d.type = 'proposal' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `proposals_search_delete` AFTER DELETE ON `proposals` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'proposal' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'proposal' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'proposal', r.id FROM proposals r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.title, r.summary FROM proposals r JOIN search_docs d ON d.type = 'proposal' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `dates_search_insert` AFTER INSERT ON `dates` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'date' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'date' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'date', r.id FROM dates r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.label, coalesce(r.location, '') || ' ' || coalesce(r.note, '') FROM dates r JOIN search_docs d ON d.type = 'date' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `dates_search_update` AFTER UPDATE ON `dates` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'date' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'date' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'date', r.id FROM dates r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.label, coalesce(r.location, '') || ' ' || coalesce(r.note, '') FROM dates r JOIN search_docs d ON d.type = 'date' AND d.record_id = r.id WHERE r.id = OLD.id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'date' AND record_id = NEW.id);
  DELETE FROM search_docs WHERE type = 'date' AND record_id = NEW.id;
  INSERT INTO search_docs (type, record_id) SELECT 'date', r.id FROM dates r WHERE r.id = NEW.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.label, coalesce(r.location, '') || ' ' || coalesce(r.note, '') FROM dates r JOIN search_docs d ON d.type = 'date' AND d.record_id = r.id WHERE r.id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `dates_search_delete` AFTER DELETE ON `dates` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'date' AND record_id = OLD.id);
  DELETE FROM search_docs WHERE type = 'date' AND record_id = OLD.id;
  INSERT INTO search_docs (type, record_id) SELECT 'date', r.id FROM dates r WHERE r.id = OLD.id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.label, coalesce(r.location, '') || ' ' || coalesce(r.note, '') FROM dates r JOIN search_docs d ON d.type = 'date' AND d.record_id = r.id WHERE r.id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_insert` AFTER INSERT ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = NEW.actor_id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = NEW.actor_id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = NEW.actor_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = NEW.actor_id;
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_update` AFTER UPDATE ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = OLD.actor_id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = OLD.actor_id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = OLD.actor_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = OLD.actor_id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = NEW.actor_id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = NEW.actor_id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = NEW.actor_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = NEW.actor_id;
END;
--> statement-breakpoint
CREATE TRIGGER `actor_aliases_search_delete` AFTER DELETE ON `actor_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'actor' AND record_id = OLD.actor_id);
  DELETE FROM search_docs WHERE type = 'actor' AND record_id = OLD.actor_id;
  INSERT INTO search_docs (type, record_id) SELECT 'actor', r.id FROM actors r WHERE r.id = OLD.actor_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id WHERE r.id = OLD.actor_id;
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_insert` AFTER INSERT ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = NEW.issue_id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = NEW.issue_id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = NEW.issue_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = NEW.issue_id;
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_update` AFTER UPDATE ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = OLD.issue_id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = OLD.issue_id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = OLD.issue_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = OLD.issue_id;
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = NEW.issue_id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = NEW.issue_id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = NEW.issue_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = NEW.issue_id;
END;
--> statement-breakpoint
CREATE TRIGGER `issue_aliases_search_delete` AFTER DELETE ON `issue_aliases` BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_docs WHERE type = 'issue' AND record_id = OLD.issue_id);
  DELETE FROM search_docs WHERE type = 'issue' AND record_id = OLD.issue_id;
  INSERT INTO search_docs (type, record_id) SELECT 'issue', r.id FROM issues r WHERE r.id = OLD.issue_id;
  INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id WHERE r.id = OLD.issue_id;
END;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'source', id FROM sources ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.title, ''), coalesce(r.outlet, '') || ' ' || coalesce(r.author, '') || ' ' || r.body FROM sources r JOIN search_docs d ON d.type = 'source' AND d.record_id = r.id;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'statement', id FROM statements ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, coalesce(r.speaker_label, ''), r.text || ' ' || coalesce(r.venue, '') FROM statements r JOIN search_docs d ON d.type = 'statement' AND d.record_id = r.id;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'actor', id FROM actors ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM actor_aliases x WHERE x.actor_id = r.id), '') || ' ' || coalesce(r.description, '') FROM actors r JOIN search_docs d ON d.type = 'actor' AND d.record_id = r.id;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'issue', id FROM issues ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.name, coalesce((SELECT group_concat(x.name, ' ; ') FROM issue_aliases x WHERE x.issue_id = r.id), '') || ' ' || coalesce(r.description, '') FROM issues r JOIN search_docs d ON d.type = 'issue' AND d.record_id = r.id;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'proposal', id FROM proposals ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.title, r.summary FROM proposals r JOIN search_docs d ON d.type = 'proposal' AND d.record_id = r.id;
--> statement-breakpoint
INSERT INTO search_docs (type, record_id) SELECT 'date', id FROM dates ORDER BY id;
--> statement-breakpoint
INSERT INTO search_index (rowid, title, body) SELECT d.rowid, r.label, coalesce(r.location, '') || ' ' || coalesce(r.note, '') FROM dates r JOIN search_docs d ON d.type = 'date' AND d.record_id = r.id;
