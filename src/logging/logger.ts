// Structured logs to standard error (standard output belongs to the console chat), via pino.
import pino from "pino";
import type { Logger } from "../core/ports";

/**
 * Field names that may carry people's words or identities; pino blanks them wherever they appear,
 * as a second line of defence behind the rule that such values are never logged.
 */
const REDACTED_PATHS = ["text", "*.text", "message.text", "payload", "*.payload", "body", "*.body", "token", "*.token", "args", "*.args"];

export function createLogger(level: string, destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, base: undefined, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination) as unknown as Logger;
}

/** A logger that keeps lines in memory, for tests that assert what is (not) logged. */
export function createMemoryLogger(lines: string[] = []): { logger: Logger; lines: string[] } {
  const stream = { write: (line: string) => void lines.push(line) };
  return { logger: createLogger("debug", stream as pino.DestinationStream), lines };
}
