// Bolt itself: the app with an HTTP receiver (one URL for commands, interactivity and events) or Socket Mode, a
// logger that never prints payloads, and the HTTP listener that also refuses timestamps from the future.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { App as BoltApp, type Logger as BoltLogger, HTTPReceiver, LogLevel } from "@slack/bolt";
import type { Logger } from "../../kernel/ports";
import { answer, BodyRefusedError, readBody } from "../http-body";
import { SLACK_LIMITS } from "./limits";

export const SLACK_ENDPOINT = "/slack/events";
/** Slack's payloads (a modal's whole state included) are tens of kilobytes; Bolt's own cap is 4 MB. */
export const SLACK_MAX_BODY_BYTES = 1024 * 1024;

export interface BoltOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  retries?: number;
}

/** Bolt and the Web API client log through this: levels and a fixed message only, never arguments (they may carry bodies). */
function quietLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const kinds = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.name : typeof a));
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => log.warn({ source: "slack", kinds: kinds(args) }, "slack library warning"),
    error: (...args: unknown[]) => log.error({ source: "slack", kinds: kinds(args) }, "slack library error"),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function createBolt(options: BoltOptions, logger: Logger): { bolt: BoltApp; socketMode: boolean; requestListener: RequestListener } {
  const boltLogger = quietLogger(logger);
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret) throw new Error("Slack HTTP mode needs SLACK_SIGNING_SECRET");
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: options.signingSecret as string,
        endpoints: SLACK_ENDPOINT,
        // ack() answers at once; slow work continues after it
        processBeforeResponse: false,
        logger: boltLogger,
      });
  const bolt = new BoltApp({
    token: options.botToken,
    logger: boltLogger,
    ...(receiver ? { receiver } : { socketMode: true, appToken: options.appToken }),
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      logger: boltLogger,
      logLevel: LogLevel.WARN,
      // 429 answers are waited out (Retry-After) and retried; so are 5xx and network failures. These calls (views,
      // uploads, deletes) are not paced, so the library's own retry stays: it takes no policy of ours, but draws its
      // waits at random too, so calls that failed together do not come back together
      rejectRateLimitedCalls: false,
      retryConfig: { retries: options.retries ?? 5, factor: 2, minTimeout: 200, maxTimeout: 5000, randomize: true },
    },
  });

  const requestListener = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!receiver) {
      req.resume();
      return answer(res, 404);
    }
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(stamp) && stamp - Date.now() / 1000 > SLACK_LIMITS.maxClockSkewSeconds) {
      // Bolt refuses stale timestamps only; one from the future could be replayed for a long time
      req.resume();
      return answer(res, 401);
    }
    // the body is read here, with our cap, and handed to Bolt already read (it then verifies and parses it: 401
    // for a bad signature, 400 for a body that is not Slack's JSON or form encoding)
    try {
      (req as IncomingMessage & { rawBody?: Buffer }).rawBody = await readBody(req, res, SLACK_MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyRefusedError) return;
      throw error;
    }
    receiver.requestListener(req, res);
  };
  return { bolt, socketMode, requestListener };
}
