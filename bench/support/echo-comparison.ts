// Our bot against a bare echo bot on the same platform stand-in, in the same run: the burst throughput and the
// latency at a steady rate, measured the same way for each, shared by bench:telegram and bench:zalo.
import { percentile } from "./telegram-bot";

/** What a benchmark sees of a bot under test: the stand-in's call log, and how a user's message gets to it. */
export interface EchoTarget<User> {
  name: string;
  /** Every call the bot made to the platform's stand-in, in order. */
  calls: ReadonlyArray<{ method: string; status: number; params: Record<string, unknown> }>;
  /** Delivers `text` from `user` to the bot, as the platform would. */
  send(user: User, text: string): void;
  stop(): Promise<void>;
}

export interface Platform<User> {
  /** The chat a user's messages arrive in, as the stand-in names it in a reply's chat_id. */
  chatOf(user: User): string;
  /** Whether a call of the log is an answer to a chat. */
  isReply(call: { method: string; status: number }): boolean;
}

/** Sends `count` messages (at `ratePerSecond`, or all at once) and measures each until the bot's first answer to that chat. */
async function measure<User>(
  target: EchoTarget<User>,
  platform: Platform<User>,
  users: User[],
  script: (i: number) => string,
  count: number,
  ratePerSecond: number | null,
) {
  const pending = new Map<string, number[]>();
  const latencies: number[] = [];
  let seen = target.calls.length;
  const watch = setInterval(() => {
    for (; seen < target.calls.length; seen++) {
      const call = target.calls[seen];
      if (!call || !platform.isReply(call)) continue;
      const sentAt = pending.get(String(call.params.chat_id))?.shift();
      if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
    }
  }, 1);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const user = users[i % users.length] as User;
    if (ratePerSecond) {
      const wait = started + (i * 1000) / ratePerSecond - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const chat = platform.chatOf(user);
    pending.set(chat, [...(pending.get(chat) ?? []), performance.now()]);
    target.send(user, script(i));
  }
  while (latencies.length < count && performance.now() - started < 120_000) await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(watch);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), answered: latencies.length };
}

export interface Load {
  /** Messages sent all at once, for the throughput. */
  burst: number;
  /** Messages a second for the latency, kept below what both bots sustain, so it measures work, not a queue. */
  rate: number;
  seconds: number;
  /** Pairs run: the reference, then ours, again and again, in this one process. */
  pairs: number;
}

export interface PairedFigures {
  /** Ours / the reference, burst throughput, one per pair. */
  ratios: number[];
  /** Ours, p99 at the steady rate (ms), one per pair. */
  p99: number[];
  /** The reference's p99 at the steady rate (ms), one per pair. */
  referenceP99: number[];
}

/**
 * Runs the same load against the reference and ours, one after the other, `load.pairs` times in this process, a
 * fresh bot each time: a busy machine weighs on both sides of a pair alike, and the median of the pairs' ratios
 * is what one run of each used to be, without the luck of which moment each happened to run in. Prints one row
 * per bot and pair, and returns the figures per pair.
 */
export async function compareWithEcho<User>(
  bots: [reference: () => Promise<EchoTarget<User>>, ours: () => Promise<EchoTarget<User>>],
  platform: Platform<User>,
  users: User[],
  script: (i: number) => string,
  load: Load,
): Promise<PairedFigures> {
  const rows: Array<Record<string, string | number>> = [];
  const figures: PairedFigures = { ratios: [], p99: [], referenceP99: [] };
  for (let pair = 1; pair <= load.pairs; pair++) {
    const measured = [];
    for (const make of bots) {
      const target = await make();
      // the measured mix, once, unmeasured: every path a burst takes is compiled and SQLite's pages are read before
      // the clock starts, for each bot alike. A warm-up of one command (it was 200 × /help) left our other four
      // commands to be compiled inside the measured burst, while the echo bot has one path and no such cost.
      await measure(target, platform, users, script, load.burst, null);
      const burst = await measure(target, platform, users, script, load.burst, null);
      const steady = await measure(target, platform, users, script, load.rate * load.seconds, load.rate);
      await target.stop();
      measured.push({ burst, steady });
      rows.push({
        pair,
        bot: target.name,
        "burst updates/s": Math.round(burst.perSecond),
        [`p50 ms @${load.rate}/s`]: steady.p50.toFixed(1),
        [`p99 ms @${load.rate}/s`]: steady.p99.toFixed(1),
        answered: `${burst.answered + steady.answered}/${load.burst + load.rate * load.seconds}`,
      });
    }
    const [reference, ours] = measured;
    if (!reference || !ours) continue;
    figures.ratios.push(ours.burst.perSecond / reference.burst.perSecond);
    figures.p99.push(ours.steady.p99);
    figures.referenceP99.push(reference.steady.p99);
  }
  console.table(rows);
  return figures;
}
