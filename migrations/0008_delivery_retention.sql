CREATE TABLE `delivery_summaries` (
	`run_id` integer PRIMARY KEY NOT NULL,
	`figures` text NOT NULL,
	`summarised_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `broadcast_runs`(`id`) ON UPDATE no action ON DELETE no action
);
