DROP INDEX `ballots_session_idx`;--> statement-breakpoint
ALTER TABLE `seen_requests` DROP COLUMN `seen_at`;