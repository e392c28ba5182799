// A platform's webhook receiver, transport only, shared by Telegram and Zalo: anything but a POST is refused (405), a
// call without the secret the platform was given is refused (401; the header is compared in constant time), a body
// past the cap (413) or not JSON (400) is never handed on. What to answer a good body is the platform's: Telegram
// answers once the update was handled (its writes are then committed), Zalo at once.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { answer, BodyRefusedError, readJsonBody } from "./http-body";

export interface SecretWebhookOptions {
  /** The request header carrying the secret (lower case). */
  header: string;
  secret: string;
  maxBytes: number;
  /** The body of the 401 (Zalo's clients expect `{ ok: false }`). */
  refused?: unknown;
  /** Answers a JSON body through `res`; a rejection is the server's to log (and to answer 500 if nothing was). */
  receive(body: unknown, res: ServerResponse): void | Promise<void>;
}

export function createSecretWebhook(options: SecretWebhookOptions) {
  const expected = Buffer.from(options.secret, "utf8");
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") {
      req.resume();
      return answer(res, 405, undefined, { allow: "POST" });
    }
    const given = Buffer.from(String(req.headers[options.header] ?? ""), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      req.resume();
      return answer(res, 401, options.refused);
    }
    let body: unknown;
    try {
      body = await readJsonBody(req, res, options.maxBytes);
    } catch (error) {
      if (error instanceof BodyRefusedError) return;
      throw error;
    }
    await options.receive(body, res);
  };
}
