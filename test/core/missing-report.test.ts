// /missing lists who has not pledged and draws the same figures as a chart: one report, so the campaign's pledges
// and its people are read from SQLite once per command, not once for the list and again for the chart. Observed at
// the driver (test/support/statements.ts), statement by statement executed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { listsFrom, readsFrom, statementsDuring } from "../support/statements";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

describe("/missing", () => {
  it.each(["/missing", "/progress"])("%s reads the campaign's pledges and the active people once", async (command) => {
    const son = actAs(test, "Trịnh Văn Sơn");
    let text = "";
    const statements = await statementsDuring(test, async () => {
      text = (await say(test, son, command)).text;
    });
    expect(text).not.toContain("error-");
    expect(readsFrom(statements, "pledges")).toHaveLength(1);
    expect(listsFrom(statements, "people")).toHaveLength(1);
  });
});
