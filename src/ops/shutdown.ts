// Graceful stop on SIGTERM (systemd, docker stop) and SIGINT (Ctrl-C): stop taking new work, let the updates being
// handled and the sends in flight finish, give unsent claims back to the outbox, then exit 0. The whole stop is
// bounded (10 s by default, inside Docker's and systemd's own grace periods); past the bound it exits 1 and what
// was still in flight is recovered at the next start as after a crash. A second signal exits at once.
import type { Logger } from "../kernel/ports";

/** One step of the stop, in order; its name appears in the log when it is slow or fails. */
export interface StopStep {
  name: string;
  run: () => unknown;
}

export interface GracefulStopOptions {
  logger: Logger;
  steps: StopStep[];
  boundMs?: number;
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

export const STOP_BOUND_MS = 10_000;

/** Installs the signal handlers; returns the stop itself (tests call it directly). */
export function installGracefulStop({
  logger,
  steps,
  boundMs = STOP_BOUND_MS,
  exit = (code) => process.exit(code),
  signals = ["SIGTERM", "SIGINT"],
}: GracefulStopOptions) {
  let stopping = false;

  async function stop(signal: string): Promise<void> {
    if (stopping) {
      logger.warn({ signal }, "second signal: exiting now");
      exit(1);
      return;
    }
    stopping = true;
    logger.info({ signal, boundMs }, "stopping: finishing the work in flight");
    let current = "start";
    const work = (async () => {
      for (const step of steps) {
        current = step.name;
        try {
          await step.run();
        } catch (error) {
          logger.error({ step: step.name, errorName: (error as Error).name }, "stop step failed");
        }
      }
      return true;
    })();
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), boundMs);
    });
    const finished = await Promise.race([work, bound]);
    clearTimeout(timer);
    if (finished) {
      logger.info({ signal }, "stopped");
      exit(0);
    } else {
      logger.warn({ step: current, boundMs }, "stop took too long: exiting with work unfinished (recovered at the next start)");
      exit(1);
    }
  }

  for (const signal of signals) process.on(signal, () => void stop(signal));
  return stop;
}
