// The pacing primitives on their own, with a clock the test moves: token buckets, the inbound gate, the send pacer
// (under vitest's fake timers, so its waits are exact and take no real time).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createInboundGate } from "../../src/engine/conversation/inbound-gate";
import { createTokenBuckets } from "../../src/engine/conversation/token-bucket";

function manualClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

describe("token buckets", () => {
  it("allow the burst at once, then the sustained rate, per key", () => {
    const clock = manualClock();
    const buckets = createTokenBuckets({ burst: 3, perMinute: 60 }, clock.now);
    expect([1, 2, 3, 4].map(() => buckets.take("a"))).toEqual([true, true, true, false]);
    expect(buckets.take("b")).toBe(true);
    clock.advance(999);
    expect(buckets.take("a")).toBe(false);
    clock.advance(1);
    expect(buckets.take("a")).toBe(true);
    // a long rest refills up to the burst, not beyond
    clock.advance(3_600_000);
    expect([1, 2, 3, 4].map(() => buckets.take("a"))).toEqual([true, true, true, false]);
  });

  it("forget idle keys, so a flood of new senders does not grow memory without bound", () => {
    const clock = manualClock();
    const buckets = createTokenBuckets({ burst: 2, perMinute: 60 }, clock.now);
    for (let i = 0; i < 10_000; i++) buckets.take(`k${i}`);
    clock.advance(5000);
    buckets.take("new");
    expect(buckets.size()).toBe(1);
  });
});

describe("inbound gate", () => {
  const limits = {
    sender: { burst: 2, perMinute: 6 },
    group: { burst: 3, perMinute: 6 },
    noticeWindowMs: 60_000,
    strangerHintMs: 3_600_000,
  };

  it("drops a sender's updates beyond the limits and asks for one notice per window", () => {
    const clock = manualClock();
    const gate = createInboundGate(limits, clock.now);
    const who = { sender: "u1", chat: "u1", group: false };
    const seen = Array.from({ length: 6 }, () => gate.admit(who));
    expect(seen).toEqual(["accept", "accept", "drop-and-notify", "drop", "drop", "drop"]);
    clock.advance(10_000);
    expect(gate.admit(who)).toBe("accept");
    expect(gate.admit(who)).toBe("drop");
    clock.advance(60_000);
    gate.admit(who);
    gate.admit(who);
    expect(gate.admit(who)).toBe("drop-and-notify");
  });

  it("limits a group as a whole, whoever writes in it", () => {
    const gate = createInboundGate(limits, manualClock().now);
    const verdicts = ["a", "b", "c", "d", "e"].map((sender) => gate.admit({ sender, chat: "-100", group: true }));
    expect(verdicts).toEqual(["accept", "accept", "accept", "drop-and-notify", "drop"]);
    // the same people are still heard in their private chats
    expect(gate.admit({ sender: "d", chat: "d", group: false })).toBe("accept");
  });

  it("gives a stranger the hint once an hour", () => {
    const clock = manualClock();
    const gate = createInboundGate(limits, clock.now);
    expect([gate.strangerHint("s"), gate.strangerHint("s"), gate.strangerHint("t")]).toEqual([true, false, true]);
    clock.advance(3_600_000);
    expect(gate.strangerHint("s")).toBe(true);
  });
});

describe("send pacer", () => {
  const stamp = (log: string[], label: string) => async () => void log.push(label);
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  /** Lets the pacer's timers run until every send given has settled. */
  const settle = async <T>(sends: Promise<T>) => {
    await vi.runAllTimersAsync();
    return sends;
  };

  it("sends replies before bulk rows, and keeps one chat's sends in order and apart", async () => {
    const pacer = createSendPacer({ perSecond: 20, perChatGapMs: 120, perGroupPerMinute: null });
    const log: string[] = [];
    const started = performance.now();
    const times: number[] = [];
    // the first send takes the overall slot; what queues behind it goes out replies first
    const all = [
      pacer.run("x", "reply", stamp(log, "x")),
      pacer.run("bulk-chat", "bulk", stamp(log, "bulk")),
      pacer.run("c", "reply", async () => void times.push(performance.now() - started)),
      pacer.run("c", "reply", async () => void times.push(performance.now() - started)),
      pacer.run("d", "reply", stamp(log, "d")),
    ];
    await settle(Promise.all(all));
    expect(log).toEqual(["x", "d", "bulk"]);
    // a chat's gap (longer here than the overall spacing of 50 ms) counts from the end of its last send
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(120);
  });

  it("pauses everything after a 429 before anything else starts, and retries the refused send first", async () => {
    const pacer = createSendPacer({ perSecond: 1000, perChatGapMs: 0, perGroupPerMinute: null });
    const calls: Array<{ label: string; at: number }> = [];
    const started = performance.now();
    let refused = false;
    const first = pacer.run(
      "a",
      "reply",
      async () => {
        calls.push({ label: "a", at: performance.now() - started });
        if (!refused) {
          refused = true;
          return 429;
        }
        return 200;
      },
      { retry: (outcome) => ("value" in outcome && outcome.value === 429 ? { pauseAllMs: 200, again: true } : null) },
    );
    const second = pacer.run("b", "reply", async () => void calls.push({ label: "b", at: performance.now() - started }));
    expect(await settle(first)).toBe(200);
    await second;
    // the refused send goes again first, and nothing, b included, ran inside the pause
    expect(calls.map((c) => c.label)).toEqual(["a", "a", "b"]);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(200);
    expect(pacer.waiting()).toBe(0);
  });

  it("holds a group to its per-minute cap without holding other chats", async () => {
    const pacer = createSendPacer({ perSecond: 1000, perChatGapMs: 0, perGroupPerMinute: 2 }, (c) => c.startsWith("-"));
    const sent: string[] = [];
    const group = [1, 2, 3].map((i) => pacer.run("-1", "reply", stamp(sent, `g${i}`)));
    const other = pacer.run("5", "reply", stamp(sent, "p"));
    await vi.advanceTimersByTimeAsync(59_000);
    await other;
    expect(sent.sort()).toEqual(["g1", "g2", "p"]);
    await vi.advanceTimersByTimeAsync(1_001);
    await Promise.all(group);
    expect(sent).toContain("g3");
  });
});
