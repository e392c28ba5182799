CREATE TABLE `command_uses` (
	`person_id` integer NOT NULL,
	`command` text NOT NULL,
	`uses` integer NOT NULL,
	PRIMARY KEY(`person_id`, `command`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
