// Observes the SQL an app runs, at the driver: every statement prepared on its SQLite connection while some work
// runs is recorded (drizzle prepares a statement for each query it runs), and nothing in our core is replaced.
import type { TestApp } from "./harness";

/** The SQL of every statement prepared on the app's connection while `work` runs. */
export async function statementsDuring(test: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const client = test.app.db.$client;
  const prepare = client.prepare;
  const seen: string[] = [];
  client.prepare = ((source: string) => {
    seen.push(source);
    return prepare.call(client, source);
  }) as typeof client.prepare;
  try {
    await work();
  } finally {
    client.prepare = prepare;
  }
  return seen;
}

/** Those of `statements` that read from `table` (its name first after FROM). */
export const readsFrom = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`^select .* from "${table}"`, "i").test(sql));
