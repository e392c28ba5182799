// The Zalo client against the stand-in: "nothing yet" is not a failure, 5xx and network errors are retried with
// backoff, a rate-limit answer pauses later calls and surfaces as the neutral RateLimitedError, refusals are typed.
// And what Zalo cannot do: files are named with where to get them, never sent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloClient, ZaloApiError, ZaloNetworkError } from "../../src/adapters/zalo/client";
import { parseZaloEvent } from "../../src/adapters/zalo/inbound";
import { RateLimitedError } from "../../src/kernel/errors";
import { hexId, ZaloApiStandIn } from "../support/zalo-api";
import { startZaloTest, ZALO_USERS } from "../support/zalo-harness";

let api: ZaloApiStandIn;
beforeEach(async () => {
  api = await new ZaloApiStandIn({ pollTimeoutMs: 50 }).start();
});
afterEach(async () => api.stop());

const client = () => createZaloClient({ token: api.token, apiRoot: api.apiRoot, sleep: async () => undefined });

describe("Zalo client", () => {
  it("reads one event per getUpdates, and a 408 as nothing yet", async () => {
    const c = client();
    expect(await c.getUpdates(1)).toBeNull();
    expect(api.callsOf("getUpdates")[0]?.status).toBe(408);
    const first = api.userSays(ZALO_USERS.lan, "một");
    api.userSays(ZALO_USERS.lan, "hai");
    const event = parseZaloEvent(await c.getUpdates(1));
    expect(event).toMatchObject({ messageId: first.message.message_id, userId: ZALO_USERS.lan.id, text: "một", chatKind: "dm" });
    expect(event?.date?.getTime()).toBe(first.message.date);
    expect(parseZaloEvent(await c.getUpdates(1))?.text).toBe("hai");
  });

  it("retries 5xx answers, and gives up with a typed error on a refusal", async () => {
    api.failNext({ method: "sendMessage", status: 500, times: 2 });
    expect((await client().sendMessage("abc123", "xin chào")).message_id).toMatch(/^[0-9a-f]+$/);
    expect(api.callsOf("sendMessage").map((c) => c.status)).toEqual([500, 500, 200]);
    const refused = await client()
      .sendMessage("abc123", "x".repeat(2001))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ZaloApiError);
    expect((refused as ZaloApiError).code).toBe(400);
    const badToken = await createZaloClient({ token: "1:wrong-token", apiRoot: api.apiRoot })
      .getMe()
      .catch((e: unknown) => e);
    expect((badToken as ZaloApiError).code).toBe(401);
  });

  it("pauses every later call after a rate-limit answer", async () => {
    const c = createZaloClient({ token: api.token, apiRoot: api.apiRoot });
    api.failNext({ method: "sendMessage", status: 429 });
    const limited = await c.sendMessage("abc123", "một").catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(1000);
    const started = Date.now();
    await c.sendMessage("abc123", "hai");
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("turns an unreachable platform into a network error after its retries", async () => {
    const c = createZaloClient({ token: api.token, apiRoot: "http://127.0.0.1:9", sleep: async () => undefined });
    expect(await c.getMe().catch((e: unknown) => e)).toBeInstanceOf(ZaloNetworkError);
  });

  it("abandons a call that never answers as a network error, after its retries", async () => {
    api.hanging.add("sendMessage");
    const c = createZaloClient({ token: api.token, apiRoot: api.apiRoot, sleep: async () => undefined, callTimeoutMs: 100 });
    const started = Date.now();
    expect(await c.sendMessage("abc123", "một").catch((e: unknown) => e)).toBeInstanceOf(ZaloNetworkError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("reads both body shapes and every name field", () => {
    const message = { message_id: hexId(), date: 1766619597466, chat: { id: "e4ea", chat_type: "PRIVATE" }, text: "Xin chào" };
    for (const from of [
      { id: "e4ea", display_name: "A" },
      { id: "e4ea", name: "A" },
      { id: "e4ea", first_name: "A" },
    ]) {
      const bare = { event_name: "message.text.received", message: { ...message, from } };
      expect(parseZaloEvent(bare)?.displayName).toBe("A");
      expect(parseZaloEvent({ ok: true, result: bare })?.displayName).toBe("A");
    }
    expect(parseZaloEvent({ ok: true, result: { nothing: 1 } })).toBeNull();
  });

  it("says where to get an export, since Zalo bots cannot send files", async () => {
    const z = await startZaloTest({ api });
    try {
      z.link("Trịnh Văn Sơn", ZALO_USERS.long);
      const reply = await z.say(ZALO_USERS.long, "/export");
      expect(reply).toContain("Zalo không cho bot gửi tệp");
      expect(reply).toMatch(/dang-ky-thi-dua-TD2023-\d{4}-\d{2}-\d{2}\.xlsx, dang-ky-thi-dua-TD2023-\d{4}-\d{2}-\d{2}\.csv/);
      expect(api.callsOf("sendPhoto")).toEqual([]);
    } finally {
      await z.zalo.stop();
      z.test.close();
    }
  });
});
