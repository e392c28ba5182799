// The year-end progress, its reminders and the documents built over the whole organisation read its people once,
// grouped by unit in memory, not with one query per unit: with a province's thousands of units that is thousands
// of queries per press. Observed at the driver (test/support/statements.ts); the demo organisation has 8 units.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { listsFrom, statementsDuring } from "../support/statements";

let test: TestApp;
beforeEach(() => {
  test = createTestApp();
});
afterEach(() => test.close());

describe("reads over every unit", () => {
  it.each([
    ["/yearprogress", () => "/yearprogress"],
    ["the year-end reminders", (campaign: number) => ({ action: `yearprogress:remind:${campaign}` })],
    ["the pledge summary document", (campaign: number) => ({ action: `documents:pledges:${campaign}` })],
    ["the year's report document", () => ({ action: "documents:report:2026" })],
  ] as const)("%s reads the people at most twice, whatever the number of units", async (_, input) => {
    const son = actAs(test, "Trịnh Văn Sơn");
    const campaign = test.app.services.campaigns.latestWithPledges()?.id ?? 0;
    let shown = "";
    const statements = await statementsDuring(test, async () => {
      shown = (await say(test, son, input(campaign))).text;
    });
    expect(shown).not.toMatch(/error|lỗi/i);
    expect(test.app.services.directory.units().length).toBeGreaterThanOrEqual(8);
    expect(listsFrom(statements, "people").length).toBeLessThanOrEqual(2);
  });
});
