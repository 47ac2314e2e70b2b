DROP INDEX `citations_actor_idx`;--> statement-breakpoint
DROP INDEX `citations_actor_alias_idx`;--> statement-breakpoint
DROP INDEX `citations_actor_role_idx`;--> statement-breakpoint
DROP INDEX `citations_issue_idx`;--> statement-breakpoint
DROP INDEX `citations_issue_alias_idx`;--> statement-breakpoint
DROP INDEX `citations_issue_link_idx`;--> statement-breakpoint
DROP INDEX `citations_proposal_idx`;--> statement-breakpoint
DROP INDEX `citations_proposal_status_idx`;--> statement-breakpoint
DROP INDEX `citations_statement_idx`;--> statement-breakpoint
DROP INDEX `citations_date_idx`;--> statement-breakpoint
DROP INDEX `citations_claim_version_idx`;--> statement-breakpoint
CREATE INDEX `citations_actor_idx` ON `citations` (`actor_id`) WHERE "citations"."actor_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_actor_alias_idx` ON `citations` (`actor_alias_id`) WHERE "citations"."actor_alias_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_actor_role_idx` ON `citations` (`actor_role_id`) WHERE "citations"."actor_role_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_issue_idx` ON `citations` (`issue_id`) WHERE "citations"."issue_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_issue_alias_idx` ON `citations` (`issue_alias_id`) WHERE "citations"."issue_alias_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_issue_link_idx` ON `citations` (`issue_link_id`) WHERE "citations"."issue_link_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_proposal_idx` ON `citations` (`proposal_id`) WHERE "citations"."proposal_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_proposal_status_idx` ON `citations` (`proposal_status_id`) WHERE "citations"."proposal_status_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_statement_idx` ON `citations` (`statement_id`) WHERE "citations"."statement_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_date_idx` ON `citations` (`date_id`) WHERE "citations"."date_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `citations_claim_version_idx` ON `citations` (`claim_version_id`) WHERE "citations"."claim_version_id" IS NOT NULL;