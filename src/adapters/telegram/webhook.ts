// The Telegram webhook (X-Telegram-Bot-Api-Secret-Token, src/adapters/webhook.ts): a body that is not an update is
// answered 400; an update is handed to grammY and answered 200 once it was handled, so that its writes are committed
// before Telegram stops delivering it. A failure while handling is answered 500 (Telegram delivers again; the dedupe
// store makes it act once) and never ends the process.
import type { Update } from "grammy/types";
import { answer } from "../http-body";
import { createSecretWebhook } from "../webhook";

/** An update is a few kilobytes (a message is at most 4,096 characters); a megabyte is far past any real one. */
export const TELEGRAM_MAX_BODY_BYTES = 1024 * 1024;

function isUpdate(body: unknown): body is Update {
  return typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);
}

/** Resolves when the request is answered; rejects only for a failure of `handle`, after answering 500. */
export function createTelegramWebhookListener(secret: string, handle: (update: Update) => Promise<void>) {
  return createSecretWebhook({
    header: "x-telegram-bot-api-secret-token",
    secret,
    maxBytes: TELEGRAM_MAX_BODY_BYTES,
    async receive(body, res) {
      if (!isUpdate(body)) return answer(res, 400);
      try {
        await handle(body);
      } catch (error) {
        answer(res, 500);
        throw error;
      }
      answer(res, 200);
    },
  });
}
