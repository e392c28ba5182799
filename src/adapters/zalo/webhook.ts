// The Zalo webhook (X-Bot-Api-Secret-Token, src/adapters/webhook.ts): an event is answered 200 at once and handed
// on; the conversation loop takes it in its chat's order.
import type { IncomingMessage } from "node:http";
import { answer } from "../http-body";
import { createSecretWebhook } from "../webhook";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
/** Zalo events are small; anything larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

export function isZaloWebhook(req: IncomingMessage): boolean {
  return (req.url ?? "").split("?")[0] === ZALO_WEBHOOK_PATH;
}

export function createZaloWebhookListener(secret: string, accept: (body: unknown) => void) {
  return createSecretWebhook({
    header: "x-bot-api-secret-token",
    secret,
    maxBytes: MAX_BODY_BYTES,
    refused: { ok: false },
    receive(body, res) {
      answer(res, 200, { ok: true });
      accept(body);
    },
  });
}
