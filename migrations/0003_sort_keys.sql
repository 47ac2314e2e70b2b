-- Sort keys: lists order by coalesce(date_start, '') so undated records sort first and every page after a
-- cursor is one index range. (drizzle-kit quoted the expression wrongly; corrected by hand.)
DROP INDEX `sources_date_idx`;--> statement-breakpoint
DROP INDEX `sources_outlet_idx`;--> statement-breakpoint
CREATE INDEX `sources_date_idx` ON `sources` (coalesce("date_start", ''),`id`);--> statement-breakpoint
CREATE INDEX `sources_outlet_idx` ON `sources` (`outlet`,coalesce("date_start", ''),`id`);--> statement-breakpoint
DROP INDEX `statements_speaker_idx`;--> statement-breakpoint
DROP INDEX `statements_kind_idx`;--> statement-breakpoint
DROP INDEX `statements_date_idx`;--> statement-breakpoint
DROP INDEX `statements_plover_idx`;--> statement-breakpoint
DROP INDEX `statements_responds_to_idx`;--> statement-breakpoint
CREATE INDEX `statements_speaker_idx` ON `statements` (`speaker_id`,coalesce("date_start", ''),`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,coalesce("date_start", ''),`id`);--> statement-breakpoint
CREATE INDEX `statements_date_idx` ON `statements` (coalesce("date_start", ''),`id`);--> statement-breakpoint
CREATE INDEX `statements_plover_idx` ON `statements` (`plover_type`,coalesce("date_start", ''),`id`);--> statement-breakpoint
CREATE INDEX `statements_responds_to_idx` ON `statements` (`responds_to_id`,coalesce("date_start", ''),`id`);