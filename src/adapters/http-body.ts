// Reading a request body on the shared HTTP server, for every endpoint that takes one (the Telegram and Zalo
// webhooks, Slack's endpoint) and for the health checks, which take none. Each endpoint reads its own body, never
// more than its cap, and answers a body it cannot use itself: 413 when it is too large (said as soon as the
// Content-Length or the bytes received pass the cap, with nothing more kept in memory), 400 when it is cut short or
// is not the JSON the endpoint expects. Nothing a request sends can make a handler throw past its route.
import type { IncomingMessage, ServerResponse } from "node:http";

/** What a body that passes its cap may still cost: it is drained (and dropped) up to this, then the socket is cut. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/** A body the endpoint refuses; `status` is the answer already sent. */
export class BodyRefusedError extends Error {
  override name = "BodyRefusedError";
  constructor(readonly status: 400 | 413) {
    super(status === 413 ? "request body too large" : "request body unreadable");
  }
}

/** Answers with a status and no body (or a small JSON one), unless an answer already went out. */
export function answer(res: ServerResponse, status: number, json?: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  const body = json === undefined ? undefined : JSON.stringify(json);
  res.writeHead(status, body === undefined ? headers : { "content-type": "application/json", ...headers });
  res.end(body);
}

/**
 * The body as bytes, at most `maxBytes`. Over the cap the request is answered 413 at once and the rest of the body is
 * read and dropped (a client that keeps sending gets its socket closed past DRAIN_LIMIT_BYTES); a connection cut
 * before the end is answered 400. Either way the promise rejects with BodyRefusedError after answering.
 */
export function readBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = (status: 400 | 413) => {
      // no "connection: close": the server would cut the socket while the client is still sending, and the client
      // would see a reset instead of its 413; the rest of the body is read and dropped instead (see below)
      answer(res, status);
      reject(new BodyRefusedError(status));
    };
    const declared = Number(req.headers["content-length"]);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > maxBytes;
    if (over) refuse(413);
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > DRAIN_LIMIT_BYTES) req.destroy();
        return;
      }
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        refuse(413);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on("error", () => {
      if (!over) refuse(400);
    });
    req.on("aborted", () => {
      if (!over) refuse(400);
    });
  });
}

/** The body parsed as JSON (at most `maxBytes`); a body that is not JSON is answered 400 and rejects. */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<unknown> {
  const bytes = await readBody(req, res, maxBytes);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    answer(res, 400);
    throw new BodyRefusedError(400);
  }
}

/** For endpoints that take no body (health checks): whatever comes is drained, and over `maxBytes` answered 413. */
export async function drainBody(req: IncomingMessage, res: ServerResponse, maxBytes = 1024): Promise<void> {
  await readBody(req, res, maxBytes);
}
