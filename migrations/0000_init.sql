CREATE TABLE `announcements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_id` integer,
	`text` text NOT NULL,
	`blocks` text,
	`audience` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `broadcast_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`announcement_id` integer NOT NULL,
	`schedule_id` integer,
	`slot_at` integer NOT NULL,
	`status` text NOT NULL,
	`reminds_run_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `broadcast_runs_slot_idx` ON `broadcast_runs` (`schedule_id`,`slot_at`);--> statement-breakpoint
CREATE TABLE `chats` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`title` text NOT NULL,
	`registered_by` integer,
	`registered_at` integer NOT NULL,
	FOREIGN KEY (`registered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chats_platform_external_idx` ON `chats` (`platform`,`external_id`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`person_id` integer,
	`chat_id` integer,
	`unit_id` integer,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`locale` text NOT NULL,
	`status` text NOT NULL,
	`ambiguous` integer DEFAULT false NOT NULL,
	`possible_duplicate` integer DEFAULT false NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`claimed_by` text,
	`lease_until` integer,
	`not_before` integer,
	`sent_at` integer,
	`message_ref` text,
	`acknowledged_at` integer,
	FOREIGN KEY (`run_id`) REFERENCES `broadcast_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chat_id`) REFERENCES `chats`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_recipient_idx` ON `deliveries` (`run_id`,`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `deliveries_queue_idx` ON `deliveries` (`platform`,`status`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`announcement_id` integer NOT NULL,
	`repeat` text NOT NULL,
	`timezone` text NOT NULL,
	`status` text NOT NULL,
	`last_slot_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `awards` (
	`code` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`pledgeable` integer NOT NULL,
	`definition` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `campaign_awards` (
	`campaign_id` integer NOT NULL,
	`award_code` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `award_code`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`award_code`) REFERENCES `awards`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`pledge_deadline` integer,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_code_unique` ON `campaigns` (`code`);--> statement-breakpoint
CREATE INDEX `campaigns_deadline_idx` ON `campaigns` (`pledge_deadline`);--> statement-breakpoint
CREATE TABLE `case_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`platform` text NOT NULL,
	`file_id` text NOT NULL,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_files_case_idx` ON `case_files` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`author` text NOT NULL,
	`handler_person_id` integer,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`day` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handler_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_messages_case_idx` ON `case_messages` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
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
	`accept_by` text NOT NULL,
	`resolve_by` text NOT NULL,
	`forwarded_to` text,
	`result` text,
	`closed_on` text,
	`announced` integer DEFAULT false NOT NULL,
	`sealed_contact` text,
	FOREIGN KEY (`sender_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_unique` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_bucket_idx` ON `cases` (`receipt_bucket`);--> statement-breakpoint
CREATE INDEX `cases_status_idx` ON `cases` (`status`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`full_name` text NOT NULL,
	`full_name_folded` text NOT NULL,
	`unit_id` integer NOT NULL,
	`email` text,
	`locale` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email_unique` ON `people` (`email`) WHERE "people"."email" is not null;--> statement-breakpoint
CREATE INDEX `people_unit_idx` ON `people` (`unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`person_id`, `role`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_roles_role_idx` ON `person_roles` (`role`);--> statement-breakpoint
CREATE TABLE `platform_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`person_id` integer NOT NULL,
	`blocked_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `platform_accounts_external_unique` ON `platform_accounts` (`platform`,`external_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `platform_accounts_person_unique` ON `platform_accounts` (`person_id`,`platform`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`parent_id` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_name_unique` ON `units` (`name`);--> statement-breakpoint
CREATE TABLE `link_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`person_id` integer NOT NULL,
	`platform` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_codes_code_hash_unique` ON `link_codes` (`code_hash`);--> statement-breakpoint
CREATE INDEX `link_codes_person_idx` ON `link_codes` (`person_id`);--> statement-breakpoint
CREATE TABLE `seen_requests` (
	`key` text PRIMARY KEY NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `seen_requests_at_idx` ON `seen_requests` (`seen_at`);--> statement-breakpoint
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
--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`subject` text NOT NULL,
	`person_id` integer,
	`unit_id` integer NOT NULL,
	`award_codes` text NOT NULL,
	`commitments` text NOT NULL,
	`status` text NOT NULL,
	`return_reason` text,
	`created_by` integer NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_person_live_unique` ON `pledges` (`campaign_id`,`person_id`) WHERE "pledges"."subject" = 'person' and "pledges"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX `pledges_unit_live_unique` ON `pledges` (`campaign_id`,`unit_id`) WHERE "pledges"."subject" = 'unit' and "pledges"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX `pledges_unit_status_idx` ON `pledges` (`campaign_id`,`unit_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_person_id` integer,
	`actor_label` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `dialog_states` (
	`key` text PRIMARY KEY NOT NULL,
	`command` text NOT NULL,
	`state` text NOT NULL,
	`updated_at` integer NOT NULL
);
