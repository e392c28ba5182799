CREATE TABLE `ballots` (
	`id` integer PRIMARY KEY NOT NULL,
	`session_id` integer NOT NULL,
	`nomination_id` integer NOT NULL,
	`choice` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `review_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ballots_session_idx` ON `ballots` (`session_id`,`nomination_id`);--> statement-breakpoint
CREATE TABLE `good_deeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reporter_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`story` text NOT NULL,
	`status` text NOT NULL,
	`nomination_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reporter_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nomination_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nomination_id` integer NOT NULL,
	`platform` text NOT NULL,
	`file_id` text NOT NULL,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	`added_by` integer NOT NULL,
	`added_at` integer NOT NULL,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `nominations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`nominee` text NOT NULL,
	`person_id` integer,
	`unit_id` integer NOT NULL,
	`award_code` text NOT NULL,
	`kind` text NOT NULL,
	`campaign_id` integer,
	`year` integer NOT NULL,
	`achievements` text NOT NULL,
	`status` text NOT NULL,
	`proposed_by` integer NOT NULL,
	`good_deed_id` integer,
	`decision_no` text,
	`decision_date` text,
	`decision_signer` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `nominations_award_year_idx` ON `nominations` (`award_code`,`year`,`status`);--> statement-breakpoint
CREATE INDEX `nominations_unit_status_idx` ON `nominations` (`unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `review_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`opened_by` integer NOT NULL,
	`opened_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`closed_at` integer,
	`member_count` integer NOT NULL,
	`voter_count` integer,
	`quorum_met` integer,
	FOREIGN KEY (`opened_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session_items` (
	`session_id` integer NOT NULL,
	`nomination_id` integer NOT NULL,
	`approve` integer,
	`reject` integer,
	`abstain` integer,
	`passed` integer,
	PRIMARY KEY(`session_id`, `nomination_id`),
	FOREIGN KEY (`session_id`) REFERENCES `review_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nomination_id`) REFERENCES `nominations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session_members` (
	`session_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`session_id`, `person_id`),
	FOREIGN KEY (`session_id`) REFERENCES `review_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `session_voters` (
	`session_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`voted_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `person_id`),
	FOREIGN KEY (`session_id`) REFERENCES `review_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
