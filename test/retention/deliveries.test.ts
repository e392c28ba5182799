// Retention: delivery rows of runs older than DELIVERY_RETENTION_DAYS are summarised and deleted in small batches;
// /report of such an old announcement shows the same figures as before, and newer or unsettled runs are untouched.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDeliveryRetention } from "../../src/core/retention/deliveries";
import { createOutboxQueue } from "../../src/db/repos/broadcasts";
import { createRetentionStore } from "../../src/db/repos/retention";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

const DAY = 24 * 60 * 60 * 1000;
let test: TestApp;
beforeEach(() => {
  test = createTestApp();
  const { directory } = test.app.services;
  directory.everyone().forEach((p, i) => {
    directory.linkAccount(p.id, { platform: "telegram", externalId: String(900_000 + i) });
  });
});
afterEach(() => test.close());

const figuresOf = (runId: number) => test.app.services.broadcasts.runFigures(runId);
const rowsOf = (runId: number) =>
  (test.app.db.$client.prepare("select count(*) as n from deliveries where run_id = ?").get(runId) as { n: number }).n;

/** An announcement to everyone, delivered: one failure (blocked), two acknowledged, the rest sent. */
function deliveredAnnouncement(text: string) {
  const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
  const { announcementId, runId } = test.app.services.broadcasts.announce(leader, { text, audience: { kind: "everyone" }, repeat: null });
  const queue = createOutboxQueue(test.app.db);
  const rows = test.app.services.broadcasts.report(leader, announcementId).runs[0]?.total ?? 0;
  const lease = new Date(test.clock.now().getTime() + 60_000);
  const claimed = (["telegram", "console"] as const).flatMap((platform) => queue.claim(platform, "w1", test.clock.now(), lease, rows));
  claimed.forEach((d, i) => {
    if (i === 0) queue.markFailed(d.id, "blocked", test.clock.now());
    else queue.markSent(d.id, `m${d.id}`, test.clock.now(), i === 1);
  });
  for (const d of claimed.slice(2, 4)) test.app.services.broadcasts.acknowledge({ platform: d.platform, externalId: d.externalId }, d.id);
  return { announcementId, runId: runId as number };
}

describe("delivery retention", () => {
  it("summarises and deletes an old run's rows in batches, and /report of it still shows the same figures", async () => {
    const old = deliveredAnnouncement("Thông báo cũ về thi đua.");
    const secretary = actAs(test, "Trịnh Văn Sơn");
    const before = (await say(test, secretary, `/report ${old.announcementId}`)).text;
    expect(before).not.toContain("error");
    const total = rowsOf(old.runId);
    expect(total).toBeGreaterThanOrEqual(20);

    test.clock.advance(401 * DAY);
    const recent = deliveredAnnouncement("Thông báo mới.");
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    // an old run whose rows are still waiting to be sent is the outbox's, not retention's
    test.clock.advance(-402 * DAY);
    const waiting = test.app.services.broadcasts.announce(leader, { text: "Chưa gửi.", audience: { kind: "everyone" }, repeat: null });
    test.clock.advance(402 * DAY);

    const retention = createDeliveryRetention({ store: createRetentionStore(test.app.db), figuresOf, clock: test.clock, days: 400, batch: 7 });
    const swept = await retention.sweep();
    expect(swept).toEqual({ runs: 1, deleted: total });
    expect(rowsOf(old.runId)).toBe(0);
    expect(rowsOf(recent.runId)).toBeGreaterThan(0);
    expect(rowsOf(waiting.runId as number)).toBeGreaterThan(0);

    const after = (await say(test, secretary, `/report ${old.announcementId}`)).text;
    expect(after).toBe(before);
    expect(await retention.sweep()).toEqual({ runs: 0, deleted: 0 });
  });

  it("keeps the summary of all rows when a sweep stops half-way", async () => {
    const old = deliveredAnnouncement("Thông báo cũ.");
    const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
    const figures = test.app.services.broadcasts.report(leader, old.announcementId).runs[0];
    test.clock.advance(401 * DAY);
    const store = createRetentionStore(test.app.db);
    await createDeliveryRetention({ store, figuresOf, clock: test.clock, days: 400, batch: 5, maxBatches: 1 }).sweep();
    expect(rowsOf(old.runId)).toBeGreaterThan(0);
    await createDeliveryRetention({ store, figuresOf, clock: test.clock, days: 400, batch: 5 }).sweep();
    expect(rowsOf(old.runId)).toBe(0);
    expect(test.app.services.broadcasts.report(leader, old.announcementId).runs[0]).toEqual(figures);
    expect(figures?.failures).toEqual({ blocked: 1, "no-account": 0, "platform-off": 0, "platform-error": 0 });
    expect(figures?.acknowledged).toBe(2);
    expect(figures?.possibleDuplicates).toBe(1);
  });
});
