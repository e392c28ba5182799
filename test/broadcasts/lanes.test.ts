// The outbox runs as many lanes (rows in flight) as its platform's pace asks for to keep its rate over the round
// trip it measures, within its bounds; each row is still claimed before its send and recorded after it, once.
// A platform that holds every send until the test lets it go shows how many are in flight at once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDirectoryRepo } from "../../src/db/repos/directory";
import type { Reply } from "../../src/kernel/reply";
import { createOutbox } from "../../src/outbox";
import type { OutboundMessage, SendPace, SendResult, Transport } from "../../src/outbox/transport";
import { createTestApp, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

/** A platform whose sends wait until released; records who was sent what, and how many waited at once. */
function heldPlatform(wanted: () => number) {
  const held: Array<() => void> = [];
  const sent: string[] = [];
  let most = 0;
  const pace: SendPace = { run: (_chat, _priority, send) => send(), inFlightWanted: wanted };
  const transport: Transport = {
    platform: "telegram",
    pace,
    send(delivery: OutboundMessage, _reply: Reply): Promise<SendResult> {
      return new Promise((resolve) => {
        held.push(() => {
          sent.push(delivery.externalId);
          resolve({ ok: true, ref: String(sent.length) });
        });
        most = Math.max(most, held.length);
      });
    },
  };
  return {
    transport,
    sent,
    inFlight: () => held.length,
    most: () => most,
    /** Lets every held send finish. */
    release: () => {
      for (const done of held.splice(0)) done();
    },
  };
}

/** Stops the outbox, letting go of the sends its lanes are holding meanwhile (a stop waits for sends under way). */
async function stopReleasing(outbox: ReturnType<typeof createOutbox>, platform: ReturnType<typeof heldPlatform>): Promise<void> {
  let stopped = false;
  const stopping = outbox.stop().then(() => {
    stopped = true;
  });
  while (!stopped) {
    platform.release();
    await new Promise((r) => setTimeout(r, 2));
  }
  await stopping;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

function announceTo(count: number): void {
  const repo = createDirectoryRepo(test.app.db);
  const unitId = repo.insertUnit("Đơn vị nhiều người", new Date());
  test.app.uow.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = repo.insertPerson({ fullName: `Người ${i}`, unitId, email: null, locale: "vi", status: "active" }, new Date());
      repo.addRole(id, "staff");
      repo.upsertAccount(id, "telegram", String(7000 + i));
    }
  });
  const leader = test.app.services.directory.findOnePerson("Phạm Văn Hùng");
  test.app.services.broadcasts.announce(leader, { text: "Thông báo.", audience: { kind: "units", unitIds: [unitId] }, repeat: null });
}

describe("outbox lanes", () => {
  it("keeps as many rows in flight as the pace wants, and follows it when it changes", async () => {
    announceTo(60);
    let wanted = 10;
    const platform = heldPlatform(() => wanted);
    const outbox = createOutbox(test.app, test.app.services.log, [platform.transport]);
    outbox.start();
    await until(() => platform.inFlight() === 10);
    // the round trip got shorter: lanes end between two rows until as many run as wanted
    wanted = 5;
    platform.release();
    await until(() => platform.inFlight() > 0);
    platform.release();
    await until(() => platform.inFlight() === 5);
    expect(outbox.workers[0]?.lanes()).toBe(5);
    // a longer one again: more lanes start
    wanted = 12;
    platform.release();
    await until(() => platform.inFlight() === 12);
    while (platform.sent.length < 60) {
      platform.release();
      await new Promise((r) => setTimeout(r, 2));
    }
    await outbox.drained(5_000);
    await stopReleasing(outbox, platform);
    // each person once, whatever the number of lanes
    expect(new Set(platform.sent).size).toBe(60);
    expect(platform.sent).toHaveLength(60);
    expect(platform.most()).toBe(12);
  });

  it("never runs fewer than four lanes nor more than asked", async () => {
    announceTo(40);
    const few = heldPlatform(() => 1);
    const outbox = createOutbox(test.app, test.app.services.log, [few.transport]);
    outbox.start();
    await until(() => few.inFlight() === 4);
    few.release();
    await until(() => few.inFlight() === 4);
    expect(few.most()).toBe(4);
    await stopReleasing(outbox, few);

    const many = heldPlatform(() => 50);
    const bounded = createOutbox(test.app, test.app.services.log, [many.transport], { lanes: 6 });
    bounded.start();
    await until(() => many.inFlight() === 6);
    // after a round of answers every lane has looked whether to start another: still six
    many.release();
    await until(() => many.inFlight() === 6);
    expect(many.most()).toBe(6);
    await stopReleasing(bounded, many);
  });
});
