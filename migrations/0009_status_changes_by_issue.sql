-- The status changes about an issue become one index range in timeline order: a row per dated
-- status change and issue of its proposal, with the change's sort key. Triggers keep it from
-- proposal_statuses and proposal_issues, whoever writes. The fill and the triggers were added
-- by hand to what drizzle-kit generated.
CREATE TABLE `proposal_status_issues` (
	`issue_id` text NOT NULL,
	`date_start` text NOT NULL,
	`proposal_id` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`issue_id`, `date_start`, `proposal_id`, `seq`)
);
--> statement-breakpoint
CREATE INDEX `proposal_status_issues_status_idx` ON `proposal_status_issues` (`proposal_id`,`seq`);--> statement-breakpoint
INSERT INTO `proposal_status_issues` (`issue_id`, `date_start`, `proposal_id`, `seq`) SELECT `pi`.`issue_id`, `h`.`date_start`, `h`.`proposal_id`, `h`.`seq` FROM `proposal_statuses` `h` JOIN `proposal_issues` `pi` ON `pi`.`proposal_id` = `h`.`proposal_id` WHERE `h`.`date_start` IS NOT NULL;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_status_insert` AFTER INSERT ON `proposal_statuses` BEGIN
  INSERT INTO `proposal_status_issues` (`issue_id`, `date_start`, `proposal_id`, `seq`) SELECT `pi`.`issue_id`, NEW.`date_start`, NEW.`proposal_id`, NEW.`seq` FROM `proposal_issues` `pi` WHERE `pi`.`proposal_id` = NEW.`proposal_id` AND NEW.`date_start` IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_status_delete` AFTER DELETE ON `proposal_statuses` BEGIN
  DELETE FROM `proposal_status_issues` WHERE `proposal_id` = OLD.`proposal_id` AND `seq` = OLD.`seq`;
END;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_status_update` AFTER UPDATE OF `proposal_id`, `seq`, `date_start` ON `proposal_statuses` BEGIN
  DELETE FROM `proposal_status_issues` WHERE `proposal_id` = OLD.`proposal_id` AND `seq` = OLD.`seq`;
  INSERT INTO `proposal_status_issues` (`issue_id`, `date_start`, `proposal_id`, `seq`) SELECT `pi`.`issue_id`, NEW.`date_start`, NEW.`proposal_id`, NEW.`seq` FROM `proposal_issues` `pi` WHERE `pi`.`proposal_id` = NEW.`proposal_id` AND NEW.`date_start` IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_link_insert` AFTER INSERT ON `proposal_issues` BEGIN
  INSERT INTO `proposal_status_issues` (`issue_id`, `date_start`, `proposal_id`, `seq`) SELECT NEW.`issue_id`, `h`.`date_start`, `h`.`proposal_id`, `h`.`seq` FROM `proposal_statuses` `h` WHERE `h`.`proposal_id` = NEW.`proposal_id` AND `h`.`date_start` IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_link_delete` AFTER DELETE ON `proposal_issues` BEGIN
  DELETE FROM `proposal_status_issues` WHERE `proposal_id` = OLD.`proposal_id` AND `issue_id` = OLD.`issue_id`;
END;--> statement-breakpoint
CREATE TRIGGER `proposal_status_issues_link_update` AFTER UPDATE OF `proposal_id`, `issue_id` ON `proposal_issues` BEGIN
  DELETE FROM `proposal_status_issues` WHERE `proposal_id` = OLD.`proposal_id` AND `issue_id` = OLD.`issue_id`;
  INSERT INTO `proposal_status_issues` (`issue_id`, `date_start`, `proposal_id`, `seq`) SELECT NEW.`issue_id`, `h`.`date_start`, `h`.`proposal_id`, `h`.`seq` FROM `proposal_statuses` `h` WHERE `h`.`proposal_id` = NEW.`proposal_id` AND `h`.`date_start` IS NOT NULL;
END;
