ALTER TABLE `cases` ADD `instance` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `remote` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `complexity` text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `extensions` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `initial_longer` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `letter` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `letter_received_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `accepted_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `suspended_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `paused_days` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `dialogue_on` text;