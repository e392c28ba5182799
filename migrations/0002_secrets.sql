CREATE TABLE `abuse_counters` (
	`key` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `abuse_counters_day_idx` ON `abuse_counters` (`day`);--> statement-breakpoint
CREATE TABLE `key_checks` (
	`name` text PRIMARY KEY NOT NULL,
	`check` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sealed_ballots` (
	`id` integer PRIMARY KEY NOT NULL,
	`box` text NOT NULL,
	`sealed` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sealed_ballots_box_idx` ON `sealed_ballots` (`box`);--> statement-breakpoint
DROP INDEX `seen_requests_at_idx`;--> statement-breakpoint
ALTER TABLE `seen_requests` ADD `generation` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `seen_requests_generation_idx` ON `seen_requests` (`generation`);--> statement-breakpoint
DROP INDEX `ballots_session_idx`;