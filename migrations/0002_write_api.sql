CREATE TABLE `changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`key_id` text NOT NULL,
	`collection` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	CONSTRAINT "changes_action_check" CHECK("changes"."action" IN ('create', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX `changes_collection_idx` ON `changes` (`collection`,`id`);--> statement-breakpoint
CREATE INDEX `changes_record_idx` ON `changes` (`collection`,`record_id`,`id`);--> statement-breakpoint
CREATE INDEX `changes_at_idx` ON `changes` (`at`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`key_id`, `idempotency_key`)
);
--> statement-breakpoint
ALTER TABLE `actors` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `actors` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `contested_claims` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `contested_claims` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `contested_claims` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `dates` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `dates` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `dates` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `evidence_spans` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `evidence_spans` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `evidence_spans` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `issues` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `proposals` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `proposals` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `proposals` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `statements` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `updated_at` text;