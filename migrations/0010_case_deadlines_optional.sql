PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`anonymous` integer NOT NULL,
	`sender_person_id` integer,
	`content` text NOT NULL,
	`status` text NOT NULL,
	`receipt_bucket` text NOT NULL,
	`receipt_hash` text NOT NULL,
	`received_on` text NOT NULL,
	`accept_by` text,
	`resolve_by` text,
	`instance` integer DEFAULT 1 NOT NULL,
	`remote` integer DEFAULT false NOT NULL,
	`complexity` text DEFAULT 'normal' NOT NULL,
	`extensions` integer DEFAULT 0 NOT NULL,
	`initial_longer` integer DEFAULT false NOT NULL,
	`letter` text,
	`letter_received_on` text,
	`accepted_on` text,
	`suspended_on` text,
	`paused_days` integer DEFAULT 0 NOT NULL,
	`dialogue_on` text,
	`forwarded_to` text,
	`result` text,
	`closed_on` text,
	`announced` integer DEFAULT false NOT NULL,
	`sealed_contact` text,
	FOREIGN KEY (`sender_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_cases`("id", "number", "kind", "anonymous", "sender_person_id", "content", "status", "receipt_bucket", "receipt_hash", "received_on", "accept_by", "resolve_by", "instance", "remote", "complexity", "extensions", "initial_longer", "letter", "letter_received_on", "accepted_on", "suspended_on", "paused_days", "dialogue_on", "forwarded_to", "result", "closed_on", "announced", "sealed_contact") SELECT "id", "number", "kind", "anonymous", "sender_person_id", "content", "status", "receipt_bucket", "receipt_hash", "received_on", "accept_by", "resolve_by", "instance", "remote", "complexity", "extensions", "initial_longer", "letter", "letter_received_on", "accepted_on", "suspended_on", "paused_days", "dialogue_on", "forwarded_to", "result", "closed_on", "announced", "sealed_contact" FROM `cases`;--> statement-breakpoint
DROP TABLE `cases`;--> statement-breakpoint
ALTER TABLE `__new_cases` RENAME TO `cases`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_unique` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_bucket_idx` ON `cases` (`receipt_bucket`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`);