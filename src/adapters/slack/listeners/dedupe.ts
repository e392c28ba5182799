// A retry (X-Slack-Retry-Num) or a replay of the same event_id / trigger_id is acked and acts once.
import type { App as BoltApp } from "@slack/bolt";
import type { Durability, SeenRequests } from "../../../kernel/ports";
import { createSeenBatch } from "../../seen-batch";

/** The id that names one delivery of a request: event_id for events, trigger_id for commands and interactions. */
export function requestKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return `e:${body.event_id}`;
  if (typeof body.trigger_id === "string") return `t:${body.trigger_id}`;
  return null;
}

export function registerDedupe(bolt: BoltApp, seen: SeenRequests, durability: Durability): void {
  // requests arriving together share one commit (see seen-batch.ts)
  const batch = createSeenBatch(seen, durability);
  bolt.use(async (args) => {
    const key = requestKey(args.body as Record<string, unknown>);
    if (key && !(await batch.firstTime(key))) {
      // a retry or replay: answer as if handled, do nothing
      const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });
}
