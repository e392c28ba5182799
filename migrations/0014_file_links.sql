CREATE TABLE `file_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`person_id` integer,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`locale` text NOT NULL,
	`file_name` text,
	`mime_type` text,
	`data` blob,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `file_links_token_hash_unique` ON `file_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `file_links_expiry_idx` ON `file_links` (`expires_at`);--> statement-breakpoint
CREATE INDEX `file_links_person_idx` ON `file_links` (`person_id`,`state`);