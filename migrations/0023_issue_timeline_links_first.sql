-- An issue written after links to it (a batch or a replay may write a statement before the issue
-- it is about, checking references once all are written) brings those links' entries onto its
-- timeline and its ancestors': the insert trigger of 0020 only made the issue's own ancestry. A
-- link written after its issue is put there by the link's own trigger, as before.
DROP TRIGGER `issue_ancestors_insert`;--> statement-breakpoint
CREATE TRIGGER `issue_ancestors_insert` AFTER INSERT ON `issues` BEGIN
  INSERT OR IGNORE INTO `issue_ancestors` (`issue_id`, `ancestor_id`) SELECT NEW.`id`, NEW.`id` UNION SELECT NEW.`id`, `ancestor_id` FROM `issue_ancestors` WHERE `issue_id` = NEW.`parent_id`;
  INSERT OR IGNORE INTO `issue_timeline` (`ancestor_id`, `date_start`, `stream`, `record_id`, `seq`, `issue_id`)
    SELECT `a`.`ancestor_id`, `l`.`sort_date`, 0, `l`.`date_id`, 0, `l`.`issue_id` FROM `date_issues` `l` JOIN `issue_ancestors` `a` ON `a`.`issue_id` = `l`.`issue_id` WHERE `l`.`issue_id` = NEW.`id`;
  INSERT OR IGNORE INTO `issue_timeline` (`ancestor_id`, `date_start`, `stream`, `record_id`, `seq`, `issue_id`)
    SELECT `a`.`ancestor_id`, `l`.`sort_date`, 1, `l`.`statement_id`, 0, `l`.`issue_id` FROM `statement_issues` `l` JOIN `issue_ancestors` `a` ON `a`.`issue_id` = `l`.`issue_id` WHERE `l`.`issue_id` = NEW.`id`;
  INSERT OR IGNORE INTO `issue_timeline` (`ancestor_id`, `date_start`, `stream`, `record_id`, `seq`, `issue_id`)
    SELECT `a`.`ancestor_id`, `l`.`date_start`, 2, `l`.`proposal_id`, `l`.`seq`, `l`.`issue_id` FROM `proposal_status_issues` `l` JOIN `issue_ancestors` `a` ON `a`.`issue_id` = `l`.`issue_id` WHERE `l`.`issue_id` = NEW.`id`;
END;
