// The one-time file links on the shared HTTP server: GET /file/<token>. A document's link opens a small page whose
// button (a POST to the same address) gives the file, once: messengers fetch links to show a preview, and a GET that
// gave the file would let a preview use it up before the person taps it. A photo's link (Zalo's sendPhoto) is the
// image itself, once. Used or expired: 410; unknown: 404; HEAD tells without using it. Nothing is read from a
// request's body (it is drained within a small cap), nothing is cached, and nothing a request sends can end the
// process. The token is never logged.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Locale } from "../kernel/locale";
import type { Durability, Logger, Translator } from "../kernel/ports";
import { answer, BodyRefusedError, drainBody } from "./http-body";
import type { HttpRoute } from "./platform";

export const FILE_LINK_PATH = "/file/";

/** A form's POST carries no fields: anything larger than this is not ours. */
const BODY_CAP_BYTES = 4096;

/** What the route asks of the links (src/core/file-links, bound in src/wiring/file-links.ts). */
export interface FileLinkDoor {
  look(
    token: string,
  ):
    | { state: "unknown" }
    | { state: "gone"; locale: Locale }
    | { state: "waiting"; kind: "download" | "photo"; locale: Locale; fileName: string; mimeType: string; size: number; expiresAt: Date };
  take(
    token: string,
  ): { state: "unknown" } | { state: "gone"; locale: Locale } | { state: "taken"; file: { fileName: string; mimeType: string; data: Uint8Array } };
}

export interface FileLinkRouteOptions {
  door: FileLinkDoor;
  translator: Translator;
  defaultLocale: Locale;
  /** The link's use is committed before its file leaves, so a crash cannot let it be used twice. */
  durability: Durability;
  logger: Logger;
}

/** Headers on every answer: never cached, never indexed, no referrer carrying the token elsewhere. */
const PRIVATE = {
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-robots-tag": "noindex, nofollow",
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);

/** The file name in Content-Disposition: ASCII fallback plus the UTF-8 name (RFC 6266, RFC 5987). */
function disposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "file";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function createFileLinkRoute(options: FileLinkRouteOptions): HttpRoute {
  const { door, translator } = options;

  function page(res: ServerResponse, status: number, locale: Locale, body: string, head = false): void {
    const t = (key: string) => escapeHtml(translator.t(locale, key));
    const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("file-link-page-title")}</title><style>body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font-size:1.1rem;padding:.6rem 1.2rem}</style></head><body>${body}</body></html>`;
    res.writeHead(status, {
      ...PRIVATE,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      "content-length": String(Buffer.byteLength(html)),
    });
    res.end(head ? undefined : html);
  }

  function refusal(res: ServerResponse, status: 404 | 410, locale: Locale, head: boolean): void {
    const key = status === 404 ? "file-link-unknown" : "file-link-gone";
    page(res, status, locale, `<p>${escapeHtml(translator.t(locale, key))}</p>`, head);
  }

  async function give(res: ServerResponse, token: string): Promise<void> {
    const taken = door.take(token);
    if (taken.state !== "taken")
      return refusal(res, taken.state === "unknown" ? 404 : 410, taken.state === "gone" ? taken.locale : options.defaultLocale, false);
    await options.durability.durable();
    const { file } = taken;
    res.writeHead(200, {
      ...PRIVATE,
      "content-type": file.mimeType,
      "content-length": String(file.data.byteLength),
      "content-disposition": file.mimeType.startsWith("image/") ? "inline" : disposition(file.fileName),
    });
    res.end(Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength));
    options.logger.info({ status: 200 }, "file link used");
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    if (!["GET", "HEAD", "POST"].includes(method)) {
      req.resume();
      answer(res, 405, undefined, { allow: "GET, HEAD, POST" });
      return;
    }
    try {
      await drainBody(req, res, BODY_CAP_BYTES);
    } catch (error) {
      if (error instanceof BodyRefusedError) return;
      throw error;
    }
    const token = (req.url ?? "").slice(FILE_LINK_PATH.length).split(/[?#]/, 1)[0] ?? "";
    const head = method === "HEAD";
    const look = door.look(token);
    if (look.state !== "waiting")
      return refusal(res, look.state === "unknown" ? 404 : 410, look.state === "gone" ? look.locale : options.defaultLocale, head);
    // a photo is fetched by the platform itself (sendPhoto); a document waits for the person's tap on the page
    if (method === "POST" || (method === "GET" && look.kind === "photo")) return give(res, token);
    if (head) {
      res.writeHead(200, { ...PRIVATE, "content-type": look.kind === "photo" ? look.mimeType : "text/html; charset=utf-8" });
      res.end();
      return;
    }
    const t = (key: string, args?: Record<string, string | number | Date>) => escapeHtml(translator.t(look.locale, key, args));
    const size = look.size < 1024 * 1024 ? `${Math.max(1, Math.round(look.size / 1024))} KB` : `${(look.size / 1024 / 1024).toFixed(1)} MB`;
    page(
      res,
      200,
      look.locale,
      `<h1>${t("file-link-page-title")}</h1><p>${t("file-link-page-file", { name: look.fileName, size })}</p><p>${t("file-link-page-once", { until: look.expiresAt })}</p><form method="post"><button type="submit">${t("file-link-page-button")}</button></form>`,
    );
  }

  return {
    name: "file-link",
    handles: (req) => (req.url ?? "").startsWith(FILE_LINK_PATH),
    requestListener: serve,
  };
}
