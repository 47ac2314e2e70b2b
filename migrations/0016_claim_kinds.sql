-- A contested claim says what kind of disagreement it is (between_sources, within_source,
-- plan_and_event, inference), so a reader can keep the real disagreements between articles. Existing
-- claims are taken as disagreements between sources; the API and the loader check the value.
ALTER TABLE `contested_claims` ADD `kind` text DEFAULT 'between_sources' NOT NULL;--> statement-breakpoint
CREATE INDEX `contested_claims_kind_idx` ON `contested_claims` (`kind`,`id`);