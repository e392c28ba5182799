// The polling source on its own, with grammY's real Api against the Bot API stand-in: an update still being handled
// is not confirmed, is not handed to the bot twice while in hand, and an update whose commit failed is handled again.
import { Api } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPollingSource, type PollingSource } from "../../src/adapters/telegram/polling-source";
import { TelegramApiStandIn } from "../support/telegram-api";

let api: TelegramApiStandIn;
let source: PollingSource | null = null;
beforeEach(async () => {
  api = await new TelegramApiStandIn().start();
});
let release: () => void = () => undefined;
afterEach(async () => {
  release();
  await source?.stop();
  source = null;
  await api.stop();
});

const user = (id: number) => ({ id, first_name: `U${id}`, language_code: "vi" });

describe("the Telegram polling source", () => {
  it("hands each update over once while a slow one is in hand, and again only after a failed commit", async () => {
    const handled: number[] = [];
    let failOnce = true;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ids = [1, 2, 3, 4, 5].map((i) => api.sendText(user(i), `/help ${i}`).update_id);
    let failNext = false;
    source = createPollingSource({
      api: new Api("123456:POLL-source-test-token-0000000", { apiRoot: api.apiRoot }),
      async handle(update: Update) {
        handled.push(update.update_id);
        if (update.update_id === ids[2] && failOnce) {
          failOnce = false;
          failNext = true;
        }
        if (update.update_id === ids[0]) await slow;
      },
      async durable() {
        // the commit after the third update's handling fails: that batch's writes are gone, its updates must come back
        if (failNext) {
          failNext = false;
          throw new Error("disk full");
        }
      },
      allowedUpdates: ["message"],
      timeoutSeconds: 1,
    });
    source.start();
    await api.waitFor(() => handled.length >= 5);
    // ten more polls while the slow one is in hand: each is answered with every update not yet confirmed
    const polled = api.polls;
    await api.waitFor(() => api.polls >= polled + 10);
    // the slow first one holds the offset: nothing after it was handed over twice meanwhile, but the one whose
    // commit failed, handed over again while the slow one was still in hand
    const twice = ids.filter((id) => handled.filter((h) => h === id).length === 2);
    expect(twice).toHaveLength(1);
    expect(twice[0]).not.toBe(ids[0]);
    release();
    await source.stop();
    source = null;
    expect([...new Set(handled)].sort()).toEqual(ids);
    expect(handled).toHaveLength(6);
  });
});
