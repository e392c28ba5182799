// Structured logs to standard error (standard output belongs to the console chat), via pino: JSON lines for
// journald, Docker and log shippers; readable lines when a person watches a terminal (pino-pretty, a development
// dependency, used only when standard error is a terminal and it is installed). Lines written while an update is
// handled carry its request id.
import { createRequire } from "node:module";
import pino from "pino";
import type { Logger } from "../kernel/ports";
import { requestFields } from "./request-scope";

/**
 * Field names that may carry people's words or identities; pino blanks them wherever they appear,
 * as a second line of defence behind the rule that such values are never logged.
 */
const REDACTED_PATHS = ["text", "*.text", "message.text", "payload", "*.payload", "body", "*.body", "token", "*.token", "args", "*.args"];

export function createLogger(level: string, destination: pino.DestinationStream = defaultDestination()): Logger {
  return pino(
    { level, base: undefined, redact: { paths: REDACTED_PATHS, censor: "[redacted]" }, mixin: requestFields },
    destination,
  ) as unknown as Logger;
}

/** Pretty lines in a terminal when pino-pretty is installed (not in the production image), JSON lines otherwise. */
function defaultDestination(): pino.DestinationStream {
  if (process.stderr.isTTY) {
    try {
      const pretty = createRequire(import.meta.url)("pino-pretty") as (options: object) => pino.DestinationStream;
      return pretty({ destination: 2, sync: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" });
    } catch {
      // not installed (npm ci --omit=dev): JSON lines are fine in a terminal too
    }
  }
  return pino.destination({ dest: 2, sync: true });
}

/** A logger that keeps lines in memory, for tests that assert what is (not) logged. */
export function createMemoryLogger(lines: string[] = []): { logger: Logger; lines: string[] } {
  const stream = { write: (line: string) => void lines.push(line) };
  return { logger: createLogger("debug", stream as pino.DestinationStream), lines };
}
