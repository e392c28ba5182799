ALTER TABLE `review_sessions` ADD `scope` text DEFAULT 'council' NOT NULL;--> statement-breakpoint
ALTER TABLE `review_sessions` ADD `unit_id` integer REFERENCES units(id);