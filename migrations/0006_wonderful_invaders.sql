PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`person_id` integer,
	`chat_id` integer,
	`unit_id` integer,
	`platform` text,
	`external_id` text,
	`locale` text NOT NULL,
	`status` text NOT NULL,
	`ambiguous` integer DEFAULT false NOT NULL,
	`possible_duplicate` integer DEFAULT false NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`claimed_by` text,
	`lease_until` integer,
	`not_before` integer,
	`sent_at` integer,
	`message_ref` text,
	`acknowledged_at` integer,
	FOREIGN KEY (`run_id`) REFERENCES `broadcast_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_deliveries`("id", "run_id", "person_id", "chat_id", "unit_id", "platform", "external_id", "locale", "status", "ambiguous", "possible_duplicate", "attempts", "error", "claimed_by", "lease_until", "not_before", "sent_at", "message_ref", "acknowledged_at") SELECT "id", "run_id", "person_id", "chat_id", "unit_id", "platform", "external_id", "locale", "status", "ambiguous", "possible_duplicate", "attempts", "error", "claimed_by", "lease_until", "not_before", "sent_at", "message_ref", "acknowledged_at" FROM `deliveries`;--> statement-breakpoint
DROP TABLE `deliveries`;--> statement-breakpoint
ALTER TABLE `__new_deliveries` RENAME TO `deliveries`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_recipient_idx` ON `deliveries` (`run_id`,`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `deliveries_queue_idx` ON `deliveries` (`platform`,`status`);--> statement-breakpoint
CREATE INDEX `deliveries_person_idx` ON `deliveries` (`person_id`,`sent_at`);--> statement-breakpoint
ALTER TABLE `people` ADD `preferred_platform` text;--> statement-breakpoint
ALTER TABLE `people` ADD `last_platform` text;