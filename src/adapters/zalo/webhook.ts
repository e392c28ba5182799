// The webhook receiver: transport only. It refuses any request without the secret Zalo was given (header
// X-Bot-Api-Secret-Token, compared in constant time), reads the body itself with a cap (413 past it, 400 when it
// is not JSON), answers 200 at once, and hands the body on.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answer, BodyRefusedError, readJsonBody } from "../http-body";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
const SECRET_HEADER = "x-bot-api-secret-token";
/** Zalo events are small; anything larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

export function isZaloWebhook(req: IncomingMessage): boolean {
  return (req.url ?? "").split("?")[0] === ZALO_WEBHOOK_PATH;
}

export function createZaloWebhookListener(secret: string, accept: (body: unknown) => void) {
  const expected = Buffer.from(secret, "utf8");
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") {
      req.resume();
      return answer(res, 405, undefined, { allow: "POST" });
    }
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ""), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      req.resume();
      return answer(res, 401, { ok: false });
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, res, MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyRefusedError) return;
      throw error;
    }
    answer(res, 200, { ok: true });
    accept(body);
  };
}
