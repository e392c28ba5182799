// An anonymous complaint through a Slack modal: between the form and its confirmation nothing of it, and nothing
// naming the sender, is written to the database.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { everyStoredValue } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Vũ Thị Lan", "ULAN");
});
afterEach(async () => s.close());

const CONTENT = "Việc bình xét danh hiệu của phòng không công khai danh sách.";

describe("Slack complaint", () => {
  it("keeps the confirmed-but-unsent form out of SQLite, and the stored case names no one", async () => {
    await s.slackRequest.slashCommand({ user: "ULAN", text: "complain" });
    await s.api.waitFor(() => s.api.lastModal("ULAN") !== undefined);
    const modal = s.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
    const answered = await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values: {
        kind: { v: stateValue.select("denunciation") },
        content: { v: stateValue.text(CONTENT) },
        identity: { v: stateValue.select("anonymous") },
      },
    });
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(push.response_action).toBe("push");
    const db = s.test.app.db.$client;
    const everything = () => everyStoredValue(s.test.app);
    expect(everything().filter((v) => v.includes(CONTENT))).toEqual([]);
    expect((db.prepare("select count(*) as n from dialog_states").get() as { n: number }).n).toBe(0);

    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã nhận đơn số 2026-0001"));
    const row = db.prepare("select sender_person_id, content from cases").get();
    expect(row).toEqual({ sender_person_id: null, content: CONTENT });
    expect(everything().filter((v) => v.includes("ULAN") && v.includes(CONTENT))).toEqual([]);
    expect(db.prepare("select * from audit_log where entity = 'case'").all()).toEqual([]);
  });

  it("deletes the receipt from the DM with chat.delete once the sender has saved the code", async () => {
    await s.slackRequest.slashCommand({ user: "ULAN", text: "complain" });
    await s.api.waitFor(() => s.api.lastModal("ULAN") !== undefined);
    const modal = s.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
    const answered = await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values: {
        kind: { v: stateValue.select("complaint") },
        content: { v: stateValue.text(CONTENT) },
        identity: { v: stateValue.select("anonymous") },
      },
    });
    const push = answered.json as { view: { callback_id: string; private_metadata: string } };
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Mã biên nhận"));
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(s.api.receivedText("ULAN"))?.[1] as string;
    expect(code).toBeDefined();
    await s.slackRequest.blockAction({ user: "ULAN", actionId: "act_0_0", value: "complain:saved:0" });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã xoá nội dung đơn"));
    expect(s.api.callsOf("chat.delete").length).toBeGreaterThan(0);
    // what the DM still holds: the notice, and neither the code nor the content
    expect(s.api.receivedText("ULAN")).not.toContain(code);
    expect(s.api.receivedText("ULAN")).not.toContain(CONTENT.slice(0, 20));
  });
});
