// The Telegram webhook receiver: transport only. It refuses a call without the secret Telegram was given (header
// X-Telegram-Bot-Api-Secret-Token, compared in constant time), reads the body itself with a cap (413 past it, 400
// for a body that is not an update), hands the update to grammY, and answers 200 once it was handled, so that the
// update's writes are committed before Telegram stops delivering it. A failure while handling is answered 500
// (Telegram delivers again; the dedupe store makes it act once) and never ends the process.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import { answer, BodyRefusedError, readJsonBody } from "../http-body";

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** An update is a few kilobytes (a message is at most 4,096 characters); a megabyte is far past any real one. */
export const TELEGRAM_MAX_BODY_BYTES = 1024 * 1024;

function isUpdate(body: unknown): body is Update {
  return typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);
}

/** Resolves when the request is answered; rejects only for a failure of `handle`, after answering 500. */
export function createTelegramWebhookListener(secret: string, handle: (update: Update) => Promise<void>) {
  const expected = Buffer.from(secret, "utf8");
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") {
      req.resume();
      return answer(res, 405, undefined, { allow: "POST" });
    }
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ""), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      req.resume();
      return answer(res, 401);
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, res, TELEGRAM_MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyRefusedError) return;
      throw error;
    }
    if (!isUpdate(body)) return answer(res, 400);
    try {
      await handle(body);
    } catch (error) {
      answer(res, 500);
      throw error;
    }
    answer(res, 200);
  };
}
