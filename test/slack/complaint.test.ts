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
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã nhận thông tin số 2026-0001"));
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
        // a complaint is named (Điều 8): without a name it goes as anonymous feedback
        identityComplaint: { v: stateValue.select("feedback") },
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

  it("takes a named complaint in one modal, with the letter's fields, and starts no deadline", async () => {
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
        identityComplaint: { v: stateValue.select("named") },
        instance: { v: stateValue.select("1") },
        learnedOn: { v: { type: "datepicker", selected_date: "2025-12-20" } },
        subject: { v: stateValue.text("Hội đồng Thi đua – Khen thưởng Sở") },
        address: { v: stateValue.text("12 Lê Lợi, phường 1") },
        contact: { v: stateValue.text("0912 345 678") },
        request: { v: stateValue.text("Công khai danh sách bình xét.") },
      },
    });
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(push.response_action, JSON.stringify(answered.json)).toBe("push");
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("ĐƠN KHIẾU NẠI"));
    const text = s.api.receivedText("ULAN");
    expect(text).toContain("Họ và tên: Vũ Thị Lan");
    expect(text).toContain("chỉ bắt đầu khi cơ quan nhận được đơn có chữ ký");
    const row = s.test.app.db.$client.prepare("select status, accept_by, resolve_by, instance from cases").get();
    expect(row).toEqual({ status: "awaiting_letter", accept_by: null, resolve_by: null, instance: 1 });
  });

  it("opens /tocao as the same modal with the kind chosen, and an anonymous one is information", async () => {
    await s.slackRequest.slashCommand({ user: "ULAN", text: "tocao" });
    await s.api.waitFor(() => s.api.lastModal("ULAN") !== undefined);
    const modal = s.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
    expect(JSON.stringify(modal.view)).toContain('"initial_option":{"text":{"type":"plain_text","text":"Tố cáo"');
    const answered = await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      // Slack sends a select's initial option back as selected
      values: {
        kind: { v: stateValue.select("denunciation") },
        content: { v: stateValue.text(CONTENT) },
        identity: { v: stateValue.select("anonymous") },
      },
    });
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(push.response_action, JSON.stringify(answered.json)).toBe("push");
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã nhận thông tin số 2026-0001"));
    expect(s.test.app.db.$client.prepare("select kind, status, accept_by from cases").get()).toEqual({
      kind: "denunciation",
      status: "information",
      accept_by: null,
    });
  });
});
