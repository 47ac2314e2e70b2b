-- A source may count its relative dates ("last week", "Monday") from another day than its
-- dateline: a page reposting an article under a later date, a text written days before it was
-- stamped. That day is its reference date, in the six columns of a date, prefixed reference_.
ALTER TABLE `sources` ADD `reference_value` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `reference_precision` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `reference_text` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `reference_basis` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `reference_start` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `reference_end` text;