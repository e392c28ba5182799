// Random choices in tests (when a kill comes, how far a burst gets) are drawn from a seeded source: the seed is
// printed with the test, again on failure, and TEST_SEED=<seed> draws the same choices to reproduce a run. (What
// the kill interrupts still depends on timing; the choices the test makes do not.)
import { randomInt } from "node:crypto";
import { onTestFailed } from "vitest";
import { seededRandom } from "../../src/kernel/retry";

/** A number source in [0, 1) for the running test; `what` names the choices in the log line. */
export function seededChoices(what: string): () => number {
  const given = process.env.TEST_SEED;
  const seed = given ? Number(given) : randomInt(2 ** 31);
  if (!Number.isSafeInteger(seed)) throw new Error(`TEST_SEED must be an integer, not ${given}`);
  const line = `${what}: seed ${seed} (TEST_SEED=${seed} repeats these choices)`;
  console.info(line);
  onTestFailed(() => console.error(`failed with ${line}`));
  return seededRandom(seed);
}
