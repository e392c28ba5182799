// /missing lists who has not pledged and draws the same figures as a chart: one report, so the campaign's pledges
// and its people are read from SQLite once per command, not once for the list and again for the chart. Observed at
// the driver: every statement the app prepares on its SQLite connection is recorded, nothing in our core is replaced.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

/** The SQL of every statement prepared on the app's connection while `work` runs. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
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

const readsFrom = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`^select .* from "${table}"`, "i").test(sql));

describe("/missing", () => {
  it.each(["/missing", "/progress"])("%s reads the campaign's pledges and the active people once", async (command) => {
    const son = actAs(test, "Trịnh Văn Sơn");
    let text = "";
    const statements = await statementsDuring(async () => {
      text = (await say(test, son, command)).text;
    });
    expect(text).not.toContain("error-");
    expect(readsFrom(statements, "pledges")).toHaveLength(1);
    expect(readsFrom(statements, "people")).toHaveLength(1);
  });
});
