CREATE INDEX `changes_record_only_idx` ON `changes` (`record_id`,`id`);--> statement-breakpoint
CREATE INDEX `proposal_participants_role_idx` ON `proposal_participants` (`role`,`proposal_id`);