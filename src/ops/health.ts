// What an operator's monitor asks: is the process alive (/healthz), and can it do its work (/readyz)? Readiness
// combines three facts: the database answers a query and its file can still be opened, every enabled platform was
// reached and its last call went through (or the platform itself asked us to retry), and the scheduler ticked
// within its interval. Answers are JSON and carry states and reasons only: no ids, no names, no secrets.

import { accessSync, constants, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BodyRefusedError, drainBody } from "../adapters/http-body";

/** One platform's link as the probes last saw it. */
export type LinkState =
  /** not reached yet (start-up in progress) */
  | "connecting"
  /** the last call went through */
  | "up"
  /** the platform answered 429 or 5xx and the call is being retried: reached, so still ready */
  | "retrying"
  /** the last call did not reach the platform (network error, timeout) */
  | "unreachable"
  /** the platform refused our token */
  | "refused";

export interface PlatformLink {
  readonly name: string;
  readonly state: LinkState;
  /** A short reason for the last failure (an error code or an HTTP status), never a payload. */
  readonly reason: string | null;
  /** Records a state; returns true when it changed, so callers log transitions and not every call. */
  set(state: LinkState, reason?: string | null): boolean;
}

export interface HealthOptions {
  /** The SQLite file; ":memory:" skips the file check. The file there when the health is created is the one open. */
  databasePath: string;
  /** The lock this process holds on the database (src/db/lock.ts): its file must stay the one locked. */
  lock?: { path: string; identity: FileIdentity };
  /** A query on the bot's own connection (proves it is not closed or broken). */
  ping: () => void;
  /** How often the scheduler's most frequent job runs; it is late after twice this plus a margin. */
  schedulerIntervalMs?: number;
  now?: () => number;
}

export interface ReadinessReport {
  ready: boolean;
  /** True until every platform, the outbox and the scheduler have started. */
  starting: boolean;
  database: { ok: boolean; reason?: string };
  platforms: Record<string, { ok: boolean; state: LinkState; reason?: string }>;
  scheduler: { ok: boolean; lastTickSecondsAgo: number | null } | null;
}

type FileIdentity = { dev: number; ino: number };
const identityOf = (path: string): FileIdentity => {
  const { dev, ino } = statSync(path);
  return { dev, ino };
};
const same = (a: FileIdentity, b: FileIdentity) => a.dev === b.dev && a.ino === b.ino;
const READY_STATES: ReadonlySet<LinkState> = new Set(["up", "retrying"]);

export function createHealth(options: HealthOptions) {
  const now = options.now ?? Date.now;
  const intervalMs = options.schedulerIntervalMs ?? 60_000;
  const links = new Map<string, PlatformLink>();
  let schedulerEnabled = false;
  let lastTick: number | null = null;
  let started = false;
  // the file the bot's connection has open: a restore (or anyone) moving another file to the path is "replaced"
  const opened = options.databasePath === ":memory:" ? null : identityOf(options.databasePath);

  function link(name: string): PlatformLink {
    let state: LinkState = "connecting";
    let reason: string | null = null;
    const entry: PlatformLink = {
      name,
      get state() {
        return state;
      },
      get reason() {
        return reason;
      },
      set(next, why = null) {
        const changed = next !== state || why !== reason;
        state = next;
        reason = why;
        return changed;
      },
    };
    links.set(name, entry);
    return entry;
  }

  /**
   * A query on the bot's connection, then the file system: the path must still name the very file the connection
   * opened (same device and inode; a file moved there, a restore under the bot, reads "replaced"), readable and
   * writable by the bot, and the lock file must still be the one locked. Only stat and access, never open: closing a
   * descriptor of the database would drop SQLite's POSIX locks on it.
   */
  function checkDatabase(): ReadinessReport["database"] {
    try {
      options.ping();
      if (opened === null) return { ok: true };
      accessSync(options.databasePath, constants.R_OK | constants.W_OK);
      if (!same(identityOf(options.databasePath), opened)) return { ok: false, reason: "replaced" };
      if (options.lock && !same(identityOf(options.lock.path), options.lock.identity)) return { ok: false, reason: "lock-replaced" };
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: (error as { code?: string }).code ?? (error as Error).name };
    }
  }

  function readiness(): ReadinessReport {
    const database = checkDatabase();
    const platforms: ReadinessReport["platforms"] = {};
    for (const [name, entry] of links) {
      platforms[name] = { ok: READY_STATES.has(entry.state), state: entry.state, ...(entry.reason ? { reason: entry.reason } : {}) };
    }
    const scheduler = schedulerEnabled
      ? {
          ok: lastTick !== null && now() - lastTick <= 2 * intervalMs + 5000,
          lastTickSecondsAgo: lastTick === null ? null : Math.round((now() - lastTick) / 1000),
        }
      : null;
    const ready = started && database.ok && Object.values(platforms).every((p) => p.ok) && (scheduler?.ok ?? true);
    return { ready, starting: !started, database, platforms, scheduler };
  }

  return {
    /** Registers an enabled platform; its probe reports through the returned link. */
    link,
    /** The scheduler is part of readiness from now on; call `tick` on every run of its jobs. */
    expectScheduler: () => {
      schedulerEnabled = true;
    },
    tick: () => {
      lastTick = now();
    },
    /** Start-up is complete: from now on readiness depends on the checks alone. */
    markStarted: () => {
      started = true;
    },
    readiness,
  };
}

export type Health = ReturnType<typeof createHealth>;

export const HEALTH_PATHS = ["/healthz", "/readyz"] as const;

/** The route for the shared HTTP server: GET /healthz and GET /readyz (503 when not ready). */
export function createHealthRoute(health: Health) {
  return {
    name: "health",
    handles: (req: IncomingMessage) => (HEALTH_PATHS as readonly string[]).includes((req.url ?? "").split("?")[0] as string),
    async requestListener(req: IncomingMessage, res: ServerResponse) {
      const path = (req.url ?? "").split("?")[0];
      if (req.method !== "GET" && req.method !== "HEAD") {
        req.resume();
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      // a check takes no body: one sent anyway is read and dropped, and a large one refused (413)
      try {
        await drainBody(req, res);
      } catch (error) {
        if (error instanceof BodyRefusedError) return;
        throw error;
      }
      const [status, body] = path === "/healthz" ? [200, { status: "ok" }] : readinessAnswer(health.readiness());
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : JSON.stringify(body));
    },
  };
}

function readinessAnswer(report: ReadinessReport): [number, ReadinessReport & { status: string }] {
  return [report.ready ? 200 : 503, { status: report.ready ? "ready" : report.starting ? "starting" : "unready", ...report }];
}
