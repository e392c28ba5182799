// A forged button: a staff member may list campaigns, but the "edit" button opens the leaders' /campaign form. The
// one pipeline checks the form's own access too, in chat and on Slack, so the forged payload opens nothing.
import { afterEach, describe, expect, it } from "vitest";
import { actAs, createTestApp, say, type TestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";

let test: TestApp | undefined;
let slack: SlackTest | undefined;
afterEach(async () => {
  test?.close();
  await slack?.close();
  test = undefined;
  slack = undefined;
});

describe("a forged button that opens a form", () => {
  it("is refused in chat, and no form is left open", async () => {
    test = createTestApp();
    const lan = actAs(test, "Vũ Thị Lan");
    const forged = await say(test, lan, { action: "campaigns:edit:1" });
    expect(forged.text).toMatch(/^Bạn không có quyền làm việc này: \/campaign dành cho .+\.$/);
    expect(test.app.dialogs.pending("console:Vũ Thị Lan:dm-Vũ Thị Lan")).toBeNull();
  });

  it("is refused on Slack, where it would have opened a modal", async () => {
    slack = await startSlackTest();
    slack.link("Vũ Thị Lan", "ULAN");
    const opened = slack.api.callsOf("views.open").length;
    await slack.slackRequest.blockAction({ user: "ULAN", actionId: "act_0_0", value: "campaigns:edit:1" });
    const s = slack;
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Bạn không có quyền"));
    expect(slack.api.callsOf("views.open").length).toBe(opened);
  });
});
