DROP TABLE `ballots`;--> statement-breakpoint
ALTER TABLE `seen_requests` DROP COLUMN `seen_at`;