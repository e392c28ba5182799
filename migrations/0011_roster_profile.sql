CREATE TABLE `document_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`settings` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `person_profiles` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`birth_date` text,
	`hometown` text,
	`position` text,
	`qualification` text,
	`political_theory` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
