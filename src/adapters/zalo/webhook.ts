// The webhook receiver: transport only. It refuses any request without the secret Zalo was given (header
// X-Bot-Api-Secret-Token, compared in constant time), answers 200 at once, and hands the body on.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

export const ZALO_WEBHOOK_PATH = "/zalo/webhook";
const SECRET_HEADER = "x-bot-api-secret-token";
/** Zalo events are small; anything larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

export function isZaloWebhook(req: IncomingMessage): boolean {
  return (req.url ?? "").split("?")[0] === ZALO_WEBHOOK_PATH;
}

export function createZaloWebhookListener(secret: string, accept: (body: unknown) => void): RequestListener {
  const expected = Buffer.from(secret, "utf8");
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    const given = Buffer.from(String(req.headers[SECRET_HEADER] ?? ""), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      req.resume();
      res.writeHead(401, { "content-type": "application/json" }).end('{"ok":false}');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (res.writableEnded) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      accept(body);
    });
  };
}
