CREATE TABLE `actor_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text NOT NULL,
	`name` text NOT NULL,
	`note` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actor_aliases_actor_name_idx` ON `actor_aliases` (`actor_id`,`name`);--> statement-breakpoint
CREATE INDEX `actor_aliases_name_idx` ON `actor_aliases` (`name`);--> statement-breakpoint
CREATE TABLE `actor_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text NOT NULL,
	`title` text NOT NULL,
	`organization_id` text,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`note` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actor_roles_actor_idx` ON `actor_roles` (`actor_id`);--> statement-breakpoint
CREATE INDEX `actor_roles_organization_idx` ON `actor_roles` (`organization_id`);--> statement-breakpoint
CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`affiliation_id` text,
	`description` text,
	FOREIGN KEY (`affiliation_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "actors_kind_check" CHECK("actors"."kind" IN ('person', 'state', 'organization', 'group', 'unnamed'))
);
--> statement-breakpoint
CREATE INDEX `actors_kind_idx` ON `actors` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `actors_affiliation_idx` ON `actors` (`affiliation_id`);--> statement-breakpoint
CREATE INDEX `actors_name_idx` ON `actors` (`name`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` text NOT NULL,
	`actor_id` text,
	`actor_alias_id` integer,
	`actor_role_id` integer,
	`issue_id` text,
	`issue_alias_id` integer,
	`issue_link_id` integer,
	`proposal_id` text,
	`proposal_status_id` integer,
	`statement_id` text,
	`date_id` text,
	`claim_version_id` integer,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_spans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_alias_id`) REFERENCES `actor_aliases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_role_id`) REFERENCES `actor_roles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_alias_id`) REFERENCES `issue_aliases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_link_id`) REFERENCES `issue_links`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_status_id`) REFERENCES `proposal_statuses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`date_id`) REFERENCES `dates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_version_id`) REFERENCES `claim_versions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "citations_one_fact" CHECK(("citations"."actor_id" IS NOT NULL) + ("citations"."actor_alias_id" IS NOT NULL) + ("citations"."actor_role_id" IS NOT NULL) + ("citations"."issue_id" IS NOT NULL) + ("citations"."issue_alias_id" IS NOT NULL) + ("citations"."issue_link_id" IS NOT NULL) + ("citations"."proposal_id" IS NOT NULL) + ("citations"."proposal_status_id" IS NOT NULL) + ("citations"."statement_id" IS NOT NULL) + ("citations"."date_id" IS NOT NULL) + ("citations"."claim_version_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `citations_evidence_idx` ON `citations` (`evidence_id`);--> statement-breakpoint
CREATE INDEX `citations_actor_idx` ON `citations` (`actor_id`);--> statement-breakpoint
CREATE INDEX `citations_actor_alias_idx` ON `citations` (`actor_alias_id`);--> statement-breakpoint
CREATE INDEX `citations_actor_role_idx` ON `citations` (`actor_role_id`);--> statement-breakpoint
CREATE INDEX `citations_issue_idx` ON `citations` (`issue_id`);--> statement-breakpoint
CREATE INDEX `citations_issue_alias_idx` ON `citations` (`issue_alias_id`);--> statement-breakpoint
CREATE INDEX `citations_issue_link_idx` ON `citations` (`issue_link_id`);--> statement-breakpoint
CREATE INDEX `citations_proposal_idx` ON `citations` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `citations_proposal_status_idx` ON `citations` (`proposal_status_id`);--> statement-breakpoint
CREATE INDEX `citations_statement_idx` ON `citations` (`statement_id`);--> statement-breakpoint
CREATE INDEX `citations_date_idx` ON `citations` (`date_id`);--> statement-breakpoint
CREATE INDEX `citations_claim_version_idx` ON `citations` (`claim_version_id`);--> statement-breakpoint
CREATE TABLE `claim_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` text NOT NULL,
	`seq` integer NOT NULL,
	`value` text NOT NULL,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`note` text,
	FOREIGN KEY (`claim_id`) REFERENCES `contested_claims`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_versions_seq_idx` ON `claim_versions` (`claim_id`,`seq`);--> statement-breakpoint
CREATE TABLE `contested_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`property` text NOT NULL,
	`summary` text NOT NULL,
	`note` text,
	`subject_source_id` text,
	`subject_actor_id` text,
	`subject_issue_id` text,
	`subject_proposal_id` text,
	`subject_statement_id` text,
	`subject_date_id` text,
	FOREIGN KEY (`subject_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_date_id`) REFERENCES `dates`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contested_claims_one_subject" CHECK(("contested_claims"."subject_source_id" IS NOT NULL) + ("contested_claims"."subject_actor_id" IS NOT NULL) + ("contested_claims"."subject_issue_id" IS NOT NULL) + ("contested_claims"."subject_proposal_id" IS NOT NULL) + ("contested_claims"."subject_statement_id" IS NOT NULL) + ("contested_claims"."subject_date_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `contested_claims_source_idx` ON `contested_claims` (`subject_source_id`);--> statement-breakpoint
CREATE INDEX `contested_claims_actor_idx` ON `contested_claims` (`subject_actor_id`);--> statement-breakpoint
CREATE INDEX `contested_claims_issue_idx` ON `contested_claims` (`subject_issue_id`);--> statement-breakpoint
CREATE INDEX `contested_claims_proposal_idx` ON `contested_claims` (`subject_proposal_id`);--> statement-breakpoint
CREATE INDEX `contested_claims_statement_idx` ON `contested_claims` (`subject_statement_id`);--> statement-breakpoint
CREATE INDEX `contested_claims_date_idx` ON `contested_claims` (`subject_date_id`);--> statement-breakpoint
CREATE TABLE `date_actors` (
	`date_id` text NOT NULL,
	`actor_id` text NOT NULL,
	PRIMARY KEY(`date_id`, `actor_id`),
	FOREIGN KEY (`date_id`) REFERENCES `dates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `date_actors_actor_idx` ON `date_actors` (`actor_id`,`date_id`);--> statement-breakpoint
CREATE TABLE `date_issues` (
	`date_id` text NOT NULL,
	`issue_id` text NOT NULL,
	PRIMARY KEY(`date_id`, `issue_id`),
	FOREIGN KEY (`date_id`) REFERENCES `dates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `date_issues_issue_idx` ON `date_issues` (`issue_id`,`date_id`);--> statement-breakpoint
CREATE TABLE `dates` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`location` text,
	`note` text,
	CONSTRAINT "dates_kind_check" CHECK("dates"."kind" IN ('meeting', 'deadline', 'signing', 'decree', 'expiry', 'announcement', 'summit', 'visit', 'election', 'briefing', 'anniversary'))
);
--> statement-breakpoint
CREATE INDEX `dates_kind_idx` ON `dates` (`kind`,`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `dates_date_idx` ON `dates` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `dates_date_end_idx` ON `dates` (`date_end`);--> statement-breakpoint
CREATE TABLE `evidence_spans` (
	`id` text PRIMARY KEY NOT NULL,
	`source_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`exact` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evidence_spans_range" CHECK("evidence_spans"."start" >= 0 AND "evidence_spans"."end" > "evidence_spans"."start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_spans_position_idx` ON `evidence_spans` (`source_id`,`start`,`end`);--> statement-breakpoint
CREATE TABLE `issue_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issue_id` text NOT NULL,
	`name` text NOT NULL,
	`note` text,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issue_aliases_issue_name_idx` ON `issue_aliases` (`issue_id`,`name`);--> statement-breakpoint
CREATE INDEX `issue_aliases_name_idx` ON `issue_aliases` (`name`);--> statement-breakpoint
CREATE TABLE `issue_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_issue_id` text NOT NULL,
	`to_issue_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	FOREIGN KEY (`from_issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "issue_links_kind_check" CHECK("issue_links"."kind" IN ('package_deal', 'conditional_on', 'tradeoff', 'same_forum')),
	CONSTRAINT "issue_links_not_self" CHECK("issue_links"."from_issue_id" <> "issue_links"."to_issue_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issue_links_pair_idx` ON `issue_links` (`from_issue_id`,`to_issue_id`,`kind`);--> statement-breakpoint
CREATE INDEX `issue_links_to_idx` ON `issue_links` (`to_issue_id`);--> statement-breakpoint
CREATE INDEX `issue_links_kind_idx` ON `issue_links` (`kind`);--> statement-breakpoint
CREATE TABLE `issues` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`parent_id` text,
	FOREIGN KEY (`parent_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `issues_parent_idx` ON `issues` (`parent_id`);--> statement-breakpoint
CREATE INDEX `issues_name_idx` ON `issues` (`name`);--> statement-breakpoint
CREATE TABLE `proposal_issues` (
	`proposal_id` text NOT NULL,
	`issue_id` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `issue_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposal_issues_issue_idx` ON `proposal_issues` (`issue_id`,`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposal_participants` (
	`proposal_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`proposal_id`, `actor_id`, `role`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposal_participants_role_check" CHECK("proposal_participants"."role" IN ('proposer', 'recipient', 'presenter', 'briefed', 'endorser', 'party'))
);
--> statement-breakpoint
CREATE INDEX `proposal_participants_actor_idx` ON `proposal_participants` (`actor_id`,`role`,`proposal_id`);--> statement-breakpoint
CREATE TABLE `proposal_statuses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` text NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`actor_id` text,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`note` text,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposal_statuses_status_check" CHECK("proposal_statuses"."status" IN ('floated', 'tabled', 'under_consideration', 'countered', 'accepted', 'rejected', 'withdrawn', 'superseded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposal_statuses_seq_idx` ON `proposal_statuses` (`proposal_id`,`seq`);--> statement-breakpoint
CREATE INDEX `proposal_statuses_status_idx` ON `proposal_statuses` (`status`);--> statement-breakpoint
CREATE INDEX `proposal_statuses_date_idx` ON `proposal_statuses` (`date_start`,`date_end`);--> statement-breakpoint
CREATE INDEX `proposal_statuses_actor_idx` ON `proposal_statuses` (`actor_id`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`summary` text NOT NULL,
	`parent_id` text,
	`status` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "proposals_kind_check" CHECK("proposals"."kind" IN ('offer', 'demand', 'request', 'agreement')),
	CONSTRAINT "proposals_status_check" CHECK("proposals"."status" IN ('floated', 'tabled', 'under_consideration', 'countered', 'accepted', 'rejected', 'withdrawn', 'superseded'))
);
--> statement-breakpoint
CREATE INDEX `proposals_status_idx` ON `proposals` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `proposals_kind_idx` ON `proposals` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `proposals_parent_idx` ON `proposals` (`parent_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text,
	`outlet` text,
	`author` text,
	`url` text,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`notes` text,
	`body` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sources_date_idx` ON `sources` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `sources_outlet_idx` ON `sources` (`outlet`);--> statement-breakpoint
CREATE TABLE `statement_actors` (
	`statement_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`statement_id`, `actor_id`, `role`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_actors_role_check" CHECK("statement_actors"."role" IN ('addressee', 'mentioned'))
);
--> statement-breakpoint
CREATE INDEX `statement_actors_actor_idx` ON `statement_actors` (`actor_id`,`role`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statement_issues` (
	`statement_id` text NOT NULL,
	`issue_id` text NOT NULL,
	`stance` text NOT NULL,
	PRIMARY KEY(`statement_id`, `issue_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_issues_stance_check" CHECK("statement_issues"."stance" IN ('supports', 'opposes', 'conditional', 'neutral'))
);
--> statement-breakpoint
CREATE INDEX `statement_issues_issue_idx` ON `statement_issues` (`issue_id`,`stance`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statement_proposals` (
	`statement_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	`stance` text NOT NULL,
	PRIMARY KEY(`statement_id`, `proposal_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_proposals_stance_check" CHECK("statement_proposals"."stance" IN ('supports', 'opposes', 'conditional', 'neutral'))
);
--> statement-breakpoint
CREATE INDEX `statement_proposals_proposal_idx` ON `statement_proposals` (`proposal_id`,`stance`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`speaker_id` text,
	`speaker_label` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`date_value` text,
	`date_precision` text,
	`date_text` text,
	`date_basis` text,
	`date_start` text,
	`date_end` text,
	`venue` text,
	`plover_type` text,
	`responds_to_id` text,
	`note` text,
	FOREIGN KEY (`speaker_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responds_to_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind_check" CHECK("statements"."kind" IN ('direct_quote', 'paraphrase')),
	CONSTRAINT "statements_has_speaker" CHECK("statements"."speaker_id" IS NOT NULL OR "statements"."speaker_label" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `statements_date_idx` ON `statements` (`date_start`,`id`);--> statement-breakpoint
CREATE INDEX `statements_date_end_idx` ON `statements` (`date_end`);--> statement-breakpoint
CREATE INDEX `statements_plover_idx` ON `statements` (`plover_type`);--> statement-breakpoint
CREATE INDEX `statements_responds_to_idx` ON `statements` (`responds_to_id`);