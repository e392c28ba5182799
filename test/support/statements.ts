// Observes the SQL an app runs, at the driver: every statement executed on its SQLite connection while some work
// runs is recorded (whether drizzle prepared it for that query or a repository prepared it once at start), and
// nothing in our core is replaced.
import type { TestApp } from "./harness";

const RUNS = ["all", "get", "iterate", "run"] as const;

/** The SQL of every statement executed on the app's connection while `work` runs, once per execution. */
export async function statementsDuring(test: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  const client = test.app.db.$client;
  // every statement shares better-sqlite3's Statement prototype: its methods are wrapped for the time of `work`
  const prototype = Object.getPrototypeOf(client.prepare("select 1")) as Record<(typeof RUNS)[number], (...args: unknown[]) => unknown>;
  const originals = RUNS.map((name) => [name, prototype[name]] as const);
  const seen: string[] = [];
  for (const [name, original] of originals) {
    prototype[name] = function (this: { source: string; database: unknown }, ...args: unknown[]) {
      if (this.database === client) seen.push(this.source);
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
  return seen;
}

/** Those of `statements` that read from `table` (its name first after FROM, quoted by drizzle or not). */
export const readsFrom = (statements: string[], table: string) =>
  statements.filter((sql) => new RegExp(`^select .* from "?${table}"?\\s`, "i").test(`${sql} `));

/**
 * Those of `statements` that read lists from `table`: lookups of one row are left out (by its id: each person
 * notified; by the account a message came from: its sender), which cost the same whatever the size of the
 * organisation. drizzle quotes the column, a repository's own statement may not.
 */
export const listsFrom = (statements: string[], table: string) =>
  readsFrom(statements, table).filter((sql) => !new RegExp(`("?${table}"?\\."?id"?|"?platform_accounts"?\\."?external_id"?) = \\?$`).test(sql));
