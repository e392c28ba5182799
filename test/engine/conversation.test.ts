// The shared conversation loop with a platform of thirty lines: a fake parser, renderer and transport, the real
// dispatcher on a real SQLite file. What the fake people receive: answers in the order they wrote, a replayed event
// acting once, a person who blocked the bot marked, a flood told once to slow down.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderConsoleReply } from "../../src/adapters/console/render";
import { createInboundGate, OPEN_GATE } from "../../src/engine/conversation/inbound-gate";
import { type Conversation, createConversation } from "../../src/engine/conversation/loop";
import type { ChatEvent, ConversationPlatform } from "../../src/engine/conversation/platform";
import { createTestApp, type TestApp } from "../support/harness";

class Blocked extends Error {}
let test: TestApp;
/** What each chat received, one entry per reply; chats whose sends are refused as blocked (Telegram's 403). */
const inbox = new Map<string, string[]>();
const received = (chat: string) => inbox.get(chat) ?? [];
const blocked = new Set<string>();
let updates = 0;
const TIGHT = { sender: { burst: 3, perMinute: 1 }, group: { burst: 3, perMinute: 1 }, noticeWindowMs: 60_000, strangerHintMs: 0 };

/** The fake platform's parser: a typed line from a person in their private chat, with the update's id. */
const parse = (from: string, text: string, id = ++updates): ChatEvent => ({ key: `fake:${id}`, userId: from, chatId: from, chatKind: "dm", text });

function loopWith(gate = OPEN_GATE): Conversation {
  const platform: ConversationPlatform = {
    platform: "console",
    // reading an event takes a little, and not the same time each (Slack asks who is writing): order must come from
    // the loop, not from luck; so do sends
    read: async (event) => {
      await new Promise((resolve) => setTimeout(resolve, (Number(event.key?.slice(5)) * 7) % 5));
      return { said: { text: event.text } };
    },
    async deliver(to, reply, locale) {
      const text = renderConsoleReply(reply, locale, test.app.services.translator).lines.join("\n");
      await new Promise((resolve) => setTimeout(resolve, text.length % 5));
      if (blocked.has(to.chatId)) throw new Blocked();
      inbox.set(to.chatId, [...received(to.chatId), text]);
      return [];
    },
    failure: (error) => ({ unreachable: error instanceof Blocked, fields: { errorName: (error as Error).name } }),
  };
  return createConversation({ platform, port: test.app.port, logger: test.app.services.log, gate });
}

beforeEach(() => {
  test = createTestApp();
  const { directory } = test.app.services;
  directory.linkAccount(directory.findOnePerson("Vũ Thị Lan").id, { platform: "console", externalId: "lan" });
  directory.linkAccount(directory.findOnePerson("Hoàng Văn Long").id, { platform: "console", externalId: "long" });
});
afterEach(() => {
  inbox.clear();
  blocked.clear();
  test.close();
});

describe("the conversation loop", () => {
  it("answers each chat in the order it wrote, while other chats are answered too", async () => {
    const loop = loopWith();
    const lines = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? "/pledge" : "/cancel"));
    for (const line of lines) {
      void loop.receive(parse("lan", line));
      void loop.receive(parse("long", "/whoami"));
    }
    await loop.idle();
    expect(received("lan")).toHaveLength(12);
    for (const [i, text] of received("lan").entries()) expect(text).toContain(i % 2 === 0 ? "danh hiệu nào" : "Đã huỷ");
    expect(received("long").every((text) => text.includes("Hoàng Văn Long"))).toBe(true);
  });

  it("acts once on an event delivered twice, also after a restart", async () => {
    const press = parse("lan", "/pledge");
    const first = loopWith();
    await Promise.all([first.receive(press), first.receive(press)]);
    await first.idle();
    test = test.restart();
    const again = loopWith();
    await again.receive(press);
    await again.idle();
    expect(received("lan")).toHaveLength(1);
    expect(test.app.port.dialogs.pending("console:lan:lan")).not.toBeNull();
  });

  it("marks a person who blocked the bot, and sends them nothing", async () => {
    blocked.add("long");
    const note = (value: string) => ({ blocks: [{ type: "paragraph" as const, text: { key: "raw", args: { value } } }] });
    await loopWith().notify({ chatId: "long", chatKind: "dm", userId: "long" }, note("nhắc việc"), "vi");
    const long = test.app.services.directory.findOnePerson("Hoàng Văn Long");
    expect(test.app.services.directory.accountsOf(long.id).find((a) => a.platform === "console")?.blockedAt).toBeInstanceOf(Date);
    expect(received("long")).toEqual([]);
  });

  it("tells a flooding person once to slow down, after the answers within their allowance", async () => {
    const loop = loopWith(createInboundGate(TIGHT));
    for (let i = 0; i < 20; i++) void loop.receive(parse("lan", "/whoami"));
    await loop.idle();
    const answer = expect.stringContaining("Vũ Thị Lan");
    expect(received("lan")).toEqual([answer, answer, answer, expect.stringContaining("Bạn đang gửi nhanh hơn")]);
  });
});
