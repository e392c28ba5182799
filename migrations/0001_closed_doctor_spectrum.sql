CREATE TABLE `evaluation_windows` (
	`campaign_id` integer PRIMARY KEY NOT NULL,
	`opens_on` text NOT NULL,
	`closes_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `quality_ratings` (
	`person_id` integer NOT NULL,
	`year` integer NOT NULL,
	`grade` text NOT NULL,
	`rated_by` integer,
	`source` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`person_id`, `year`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rated_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quality_ratings_year_idx` ON `quality_ratings` (`year`);--> statement-breakpoint
CREATE TABLE `self_assessments` (
	`pledge_id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`items` text NOT NULL,
	`achievements` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`pledge_id`) REFERENCES `pledges`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `self_assessments_person_idx` ON `self_assessments` (`person_id`);