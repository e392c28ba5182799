CREATE TABLE `achievement_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject` text NOT NULL,
	`person_id` integer,
	`unit_id` integer NOT NULL,
	`award_code` text NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`decision_no` text NOT NULL,
	`decision_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`nomination_id` integer,
	`status` text NOT NULL,
	`note` text,
	`identity` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `achievement_records_identity_unique` ON `achievement_records` (`identity`) WHERE "achievement_records"."status" = 'valid';--> statement-breakpoint
CREATE UNIQUE INDEX `achievement_records_nomination_unique` ON `achievement_records` (`nomination_id`) WHERE "achievement_records"."nomination_id" is not null;--> statement-breakpoint
CREATE INDEX `achievement_records_person_idx` ON `achievement_records` (`person_id`,`year`);--> statement-breakpoint
CREATE INDEX `achievement_records_unit_idx` ON `achievement_records` (`unit_id`,`subject`,`year`);--> statement-breakpoint
CREATE INDEX `achievement_records_award_year_idx` ON `achievement_records` (`award_code`,`year`);--> statement-breakpoint
CREATE TABLE `file_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`person_id` integer NOT NULL,
	`platform` text NOT NULL,
	`file_id` text NOT NULL,
	`file_name` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `file_imports_person_idx` ON `file_imports` (`person_id`,`status`);