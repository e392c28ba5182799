// Announcements and their schedules. Sending is the outbox's job (src/outbox): this service turns an announcement
// into a run with one delivery row per person (or group chat), written in one transaction, and reports on it.
// Each verb lives in its own file; this one only puts them together.
import { createAcknowledge } from "./acknowledge";
import { createAnnounce } from "./announce";
import { createAudience } from "./audience";
import { type BroadcastDeps, createBroadcastContext } from "./context";
import { type AnnouncementSender, senderOf } from "./message";
import { createReport } from "./report";
import { createSchedules } from "./schedules";
import type { Announcement } from "./types";

export { REMINDER_DAYS } from "./announce";
export { MAX_ANNOUNCEMENT_LENGTH } from "./context";
export type { BroadcastRepo, ChatTarget, RunRow } from "./store";

export type BroadcastService = ReturnType<typeof createBroadcastService>;

export function createBroadcastService(deps: BroadcastDeps) {
  const ctx = createBroadcastContext(deps);
  const audience = createAudience(ctx);
  return {
    onSchedulesChanged: ctx.onSchedulesChanged,
    announcement: (id: number) => deps.repo.announcement(id),
    /** Who an announcement is from, for its recipients: the author's name and main duty (none for the system's own). */
    senderOf(announcement: Announcement): AnnouncementSender | null {
      if (announcement.authorId === null || announcement.blocks) return null;
      return senderOf(deps.directory.getPerson(announcement.authorId));
    },
    ...createAnnounce(ctx, audience),
    ...createSchedules(ctx, audience),
    ...createReport(ctx),
    ...createAcknowledge(ctx, audience),
    fallback: audience.fallback,
    rehome: audience.rehome,
    /** Which platforms the bot runs on now (the runtime says, once, at start). */
    running: deps.running,
  };
}
