// Which Slack deliveries were already acted on: a retry (X-Slack-Retry-Num) or a replay of the same event_id /
// trigger_id acts once. The store is the app's (src/db/repos/seen-requests.ts, behind the core's SeenRequests port).

/** The id that names one delivery of a request: event_id for events, trigger_id for commands and interactions. */
export function requestKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return `e:${body.event_id}`;
  if (typeof body.trigger_id === "string") return `t:${body.trigger_id}`;
  return null;
}
