ALTER TABLE `statement_issues` ADD `sort_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Fill the copied sort key for statements written before this migration (added by hand).
UPDATE `statement_issues` SET `sort_date` = coalesce((SELECT `date_start` FROM `statements` WHERE `statements`.`id` = `statement_issues`.`statement_id`), '');--> statement-breakpoint
CREATE INDEX `statement_issues_issue_order_idx` ON `statement_issues` (`issue_id`,`sort_date`,`statement_id`);--> statement-breakpoint
CREATE INDEX `statement_issues_stance_order_idx` ON `statement_issues` (`issue_id`,`stance`,`sort_date`,`statement_id`);