// The pacing primitives on their own, with a clock the test moves: token buckets, the inbound gate, the send pacer
// (with vitest's fake timers: the pacer's clock and its timer move only when the test says, so what starts when is
// the same on an idle machine and a loaded one).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createArrivalWindow } from "../../src/adapters/pace/arrival-window";
import { ARRIVAL_MARGIN_MS, createSendPacer } from "../../src/adapters/pace/send-pacer";
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
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A send that records when it started and is answered `roundTripMs` later (on the fake clock). */
  function recorder(roundTripMs = 0) {
    const starts: Array<{ label: string; at: number }> = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const send =
      <T>(label: string, answer?: () => T) =>
      async (): Promise<T | undefined> => {
        starts.push({ label, at: Date.now() });
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        if (roundTripMs > 0) await new Promise((r) => setTimeout(r, roundTripMs));
        inFlight--;
        return answer?.();
      };
    return { starts, send, mostInFlight: () => mostInFlight };
  }

  it("sends replies before bulk rows, and keeps one chat's sends in order and apart", async () => {
    const pacer = createSendPacer({ perSecond: 20, perChatGapMs: 40, perGroupPerMinute: null });
    const { starts, send } = recorder();
    // the first send takes the first slot; what queues behind it goes out replies first, in the order asked
    const all = Promise.all([
      pacer.run("x", "reply", send("x")),
      pacer.run("bulk-chat", "bulk", send("bulk")),
      pacer.run("c", "reply", send("c1")),
      pacer.run("c", "reply", send("c2")),
      pacer.run("d", "reply", send("d")),
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    await all;
    expect(starts.map((s) => s.label)).toEqual(["x", "c1", "d", "c2", "bulk"]);
    const at = (label: string) => starts.find((s) => s.label === label)?.at ?? 0;
    // one chat's two messages a gap apart (and its margin), counted from the first one's start
    expect(at("c2") - at("c1")).toBeGreaterThanOrEqual(40 + ARRIVAL_MARGIN_MS);
    // and every send a twentieth of the window after the one before
    for (let i = 1; i < starts.length; i++) expect((starts[i]?.at ?? 0) - (starts[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(50);
  });

  it("pauses everything after a 429 before anything else starts, and retries the refused send first", async () => {
    // (This test used to run on the real clock and failed now and then on a loaded machine: when a millisecond
    // passed between the two run() calls, b's slot had come before a's answer, so b rightly started before the
    // pause existed. On the fake clock, b's slot comes a gap after a's start, and a's answer comes first.)
    const pacer = createSendPacer({ perSecond: 1000, perChatGapMs: 0, perGroupPerMinute: null });
    const { starts, send } = recorder();
    let refused = false;
    const answer = () => {
      if (refused) return 200;
      refused = true;
      return 429;
    };
    const first = pacer.run("a", "reply", send("a", answer), {
      retry: (outcome) => ("value" in outcome && outcome.value === 429 ? { pauseAllMs: 200, again: true } : null),
    });
    const second = pacer.run("b", "reply", send("b"));
    const third = pacer.run("c", "bulk", send("c"));
    await vi.advanceTimersByTimeAsync(199);
    // nothing but the refused send has started inside the pause
    expect(starts).toEqual([{ label: "a", at: 1_000_000 }]);
    await vi.advanceTimersByTimeAsync(100);
    expect(await first).toBe(200);
    await Promise.all([second, third]);
    expect(starts.map((s) => s.label)).toEqual(["a", "a", "b", "c"]);
    expect(starts[1]?.at).toBe(1_000_200);
    expect(pacer.waiting()).toBe(0);
  });

  it("lets the sends already in flight finish when a 429 comes, and starts none until its pause is over", async () => {
    const pacer = createSendPacer({ perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: null });
    const { starts, send } = recorder(250);
    let refusedOnce = false;
    const answer = (i: number) => () => {
      if (i !== 3 || refusedOnce) return 200;
      refusedOnce = true;
      return 429;
    };
    const results = Array.from({ length: 20 }, (_, i) =>
      pacer.run(`chat-${i}`, "bulk", send(`s${i}`, answer(i)), {
        retry: (outcome) => ("value" in outcome && outcome.value === 429 ? { pauseAllMs: 2000, again: true } : null),
      }),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await Promise.all(results)).toEqual(results.map(() => 200));
    // s3 started at about 100 ms and was refused at about 350 ms: nothing starts between then and 2,350 ms
    const refusedAt = (starts.find((s) => s.label === "s3")?.at ?? 0) + 250;
    const inPause = starts.filter((s) => s.at > refusedAt && s.at < refusedAt + 2000);
    expect(inPause).toEqual([]);
    // the refused one goes first when the pause ends
    expect(starts.find((s) => s.at >= refusedAt + 2000)?.label).toBe("s3");
  });

  it("keeps 30 a second over a 250 ms round trip, about eight sends in flight, and says how many it wants", async () => {
    const pacer = createSendPacer({ perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: 20 });
    const { starts, send, mostInFlight } = recorder(250);
    const all = Promise.all(Array.from({ length: 300 }, (_, i) => pacer.run(String(1000 + i), "bulk", send(String(i)))));
    await vi.advanceTimersByTimeAsync(12_000);
    await all;
    const seconds = ((starts.at(-1)?.at ?? 0) - (starts[0]?.at ?? 0)) / 1000;
    expect(299 / seconds).toBeGreaterThanOrEqual(0.95 * 30);
    // the platform receives each request half a round trip after it starts: never more than 30 in a second
    const arrivals = starts.map((s) => s.at + 125);
    for (let i = 30; i < arrivals.length; i++) expect((arrivals[i] as number) - (arrivals[i - 30] as number)).toBeGreaterThanOrEqual(1000);
    expect(mostInFlight()).toBeGreaterThanOrEqual(7);
    expect(mostInFlight()).toBeLessThanOrEqual(10);
    expect(pacer.inFlightWanted()).toBe(Math.ceil(30 * 0.25) + 2);
  });

  it("never has more sends in flight than its bound, however slow the answers", async () => {
    const pacer = createSendPacer({ perSecond: 30, perChatGapMs: 0, perGroupPerMinute: null, maxInFlight: 5 });
    const { send, mostInFlight } = recorder(3000);
    const all = Promise.all(Array.from({ length: 40 }, (_, i) => pacer.run(`c${i}`, "bulk", send(String(i)))));
    await vi.advanceTimersByTimeAsync(60_000);
    await all;
    expect(mostInFlight()).toBe(5);
    expect(pacer.inFlightWanted()).toBe(5);
  });

  it("spaces one chat's messages a gap apart from their starts, one in flight at a time", async () => {
    const pacer = createSendPacer({ perSecond: 30, perChatGapMs: 1000, perGroupPerMinute: null });
    const { starts, send, mostInFlight } = recorder(250);
    // other chats first, so the round trip is known when the chat's own messages go
    const warm = Array.from({ length: 10 }, (_, i) => pacer.run(`w${i}`, "reply", send(`w${i}`)));
    const own = [1, 2, 3].map((i) => pacer.run("42", "reply", send(`m${i}`)));
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all([...warm, ...own]);
    const times = starts.filter((s) => s.label.startsWith("m")).map((s) => s.at);
    expect(starts.filter((s) => s.label.startsWith("m")).map((s) => s.label)).toEqual(["m1", "m2", "m3"]);
    // a gap and its margin from the previous start: not a gap after the answer, which would add the round trip
    expect((times[1] as number) - (times[0] as number)).toBe(1000 + ARRIVAL_MARGIN_MS);
    expect((times[2] as number) - (times[1] as number)).toBe(1000 + ARRIVAL_MARGIN_MS);
    expect(mostInFlight()).toBeGreaterThan(1);
  });

  it("holds a group to its per-minute cap without holding other chats", async () => {
    const pacer = createSendPacer({ perSecond: 1000, perChatGapMs: 0, perGroupPerMinute: 2 }, (c) => c.startsWith("-"));
    const { starts, send } = recorder();
    const group = [1, 2, 3].map((i) => pacer.run("-1", "reply", send(`g${i}`)));
    const other = pacer.run("5", "reply", send("p"));
    await vi.advanceTimersByTimeAsync(1000);
    await other;
    expect(starts.map((s) => s.label).sort()).toEqual(["g1", "g2", "p"]);
    await vi.advanceTimersByTimeAsync(60_000);
    await Promise.all(group);
    const g3 = starts.find((s) => s.label === "g3")?.at ?? 0;
    expect(g3 - (starts.find((s) => s.label === "g1")?.at ?? 0)).toBeGreaterThanOrEqual(60_000);
  });
});

describe("arrival window", () => {
  /** Opens and answers `count` sends 2 s apart, each answered after `roundTrip` ms; returns when their slots are free. */
  function warm(window: ReturnType<typeof createArrivalWindow>, count: number, roundTrip: number): number {
    let t = 0;
    for (let i = 0; i < count; i++, t += 2000) window.close(window.open(t), t + roundTrip);
    return t;
  }

  it("frees a slot a window after its start when its answer came in the usual round trip", () => {
    const window = createArrivalWindow(1, 1000);
    const t = warm(window, 10, 50);
    const slot = window.open(t);
    expect(window.readyAt(t + 10)).toBeGreaterThan(t + 10);
    window.close(slot, t + 50);
    expect(window.readyAt(t + 50)).toBe(t + 1000);
    expect(window.readyAt(t + 1000)).toBe(0);
  });

  it("frees a slot later when its answer came late: the request may have arrived late too", () => {
    const window = createArrivalWindow(1, 1000);
    const t = warm(window, 10, 50);
    const slot = window.open(t);
    // answered 400 ms late: it may have reached the platform as late as 400 ms after its start
    window.close(slot, t + 450);
    expect(window.readyAt(t + 1000)).toBe(t + 1400);
    expect(window.readyAt(t + 1400)).toBe(0);
  });

  it("holds the slot of a send still in flight past its window until its answer", () => {
    const window = createArrivalWindow(1, 1000);
    const t = warm(window, 10, 50);
    const slot = window.open(t);
    expect(window.readyAt(t + 1500)).toBe(Number.POSITIVE_INFINITY);
    window.close(slot, t + 1600);
    expect(window.readyAt(t + 1600)).toBe(t + 1600 - 50 + 1000);
  });

  it("counts the first answers as arrived when they came, until the round trip is known", () => {
    const window = createArrivalWindow(1, 1000);
    const slot = window.open(0);
    window.close(slot, 80);
    expect(window.readyAt(1000)).toBe(1080);
  });
});
