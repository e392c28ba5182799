// A pledge made on Slack end to end: /thidua pledge opens a modal, errors show next to fields, a confirmation view,
// the result in the person's DM, the unit head confirms from a button, and both Home tabs follow.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Vũ Thị Lan", "ULAN");
  s.link("Hoàng Văn Long", "ULONG");
});
afterEach(() => s.close());

type View = { id: string; view: Record<string, unknown> };
type Block = { type: string; block_id?: string; element?: { options?: Array<{ value: string; text: { text: string } }> } };

async function openPledgeModal(user = "ULAN"): Promise<View> {
  const before = s.api.callsOf("views.open").length;
  const acked = await s.slackRequest.slashCommand({ user, text: "pledge" });
  expect(acked.status).toBe(200);
  await s.api.waitFor(() => s.api.callsOf("views.open").length > before);
  const modal = s.api.lastModal(user);
  if (!modal) throw new Error("no modal");
  return modal;
}

function blocksOf(view: View): Block[] {
  return view.view.blocks as Block[];
}

function submit(view: View, values: Record<string, Record<string, unknown>>, user = "ULAN") {
  return s.slackRequest.viewSubmission({
    user,
    viewId: view.id,
    callbackId: String(view.view.callback_id),
    privateMetadata: String(view.view.private_metadata),
    values,
  });
}

async function pledgeOnSlack() {
  const modal = await openPledgeModal();
  const titles = blocksOf(modal).find((b) => b.block_id === "titles");
  const firstTitle = titles?.element?.options?.[0]?.value as string;
  const campaign = blocksOf(modal).find((b) => b.block_id === "campaign");
  const campaignValue = campaign?.element?.options?.[0]?.value as string;
  const answered = await submit(modal, {
    campaign: { form_refresh: stateValue.select(campaignValue) },
    titles: { v: stateValue.checkboxes([firstTitle]) },
    commitments: { v: stateValue.text("Hoàn thành xuất sắc nhiệm vụ & <b>01</b> sáng kiến") },
  });
  return { answered, firstTitle };
}

describe("Slack pledge flow", () => {
  it("opens a modal with every field, confirms, saves and posts the result to the DM", async () => {
    const { answered } = await pledgeOnSlack();
    expect(answered.status).toBe(200);
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string; blocks: unknown[] } };
    expect(push.response_action).toBe("push");
    expect(JSON.stringify(push.view.blocks)).toContain("Lao động tiên tiến");
    // nothing saved before the confirmation
    const lan = s.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(s.test.app.services.pledges.mine(lan)).toEqual([]);

    const confirmed = await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    expect(confirmed.json).toEqual({ response_action: "clear" });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã ghi nhận bản đăng ký thi đua số 1"));
    expect(s.test.app.services.pledges.mine(lan)).toMatchObject([
      { status: "submitted", commitments: "Hoàn thành xuất sắc nhiệm vụ & <b>01</b> sáng kiến" },
    ]);
    // the person's words are mrkdwn-escaped in Block Kit
    expect(s.api.receivedText("ULAN")).toContain("&amp; &lt;b&gt;01&lt;/b&gt;");
    // the unit head is told in their DM, with a button carrying the neutral payload
    await s.api.waitFor(() => s.api.received("ULONG").length > 0);
    expect(s.api.receivedText("ULONG")).toContain("review:open:1");

    // a replayed confirmation (same view, new trigger) finds its draft consumed and saves nothing twice
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Biểu mẫu này đã đóng"));
    expect(s.test.app.services.pledges.mine(lan)).toHaveLength(1);
  });

  it("shows validation errors next to each field and saves nothing", async () => {
    const modal = await openPledgeModal();
    const answered = await submit(modal, { titles: { v: stateValue.checkboxes([]) }, commitments: { v: stateValue.text("x".repeat(2100)) } });
    const body = answered.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(body.errors.titles).toContain("Danh hiệu");
    expect(body.errors.commitments).toContain("vượt quá");
    const lan = s.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(s.test.app.services.pledges.mine(lan)).toEqual([]);
  });

  it("refreshes the Home tabs when the unit head confirms the pledge", async () => {
    await pledgeOnSlack().then(async ({ answered }) => {
      const push = answered.json as { view: { callback_id: string; private_metadata: string } };
      await s.slackRequest.viewSubmission({
        user: "ULAN",
        viewId: "V1",
        callbackId: push.view.callback_id,
        privateMetadata: push.view.private_metadata,
        values: {},
      });
    });
    await s.api.waitFor(() => (s.api.home("ULONG") ? JSON.stringify(s.api.home("ULONG")?.view).includes("review:open:1") : false));

    await s.slackRequest.event({ type: "app_home_opened", user: "ULAN", channel: "DULAN", tab: "home" });
    await s.api.waitFor(() => JSON.stringify(s.api.home("ULAN")?.view ?? {}).includes("Chờ trưởng đơn vị xác nhận"));

    // Long presses the button from his DM, then confirms
    const pressed = await s.slackRequest.blockAction({ user: "ULONG", actionId: "act_0_0", value: "review:open:1" });
    expect(pressed.status).toBe(200);
    await s.api.waitFor(() => s.api.receivedText("ULONG").includes("review:ok:1"));
    await s.slackRequest.blockAction({ user: "ULONG", actionId: "act_0_0", value: "review:ok:1" });
    await s.api.waitFor(() => JSON.stringify(s.api.home("ULAN")?.view ?? {}).includes("Đã xác nhận"));
    await s.api.waitFor(() => !JSON.stringify(s.api.home("ULONG")?.view ?? {}).includes("review:open:1"));
    expect(s.api.receivedText("ULAN")).toContain("đã được Hoàng Văn Long xác nhận");
  });
});

describe("Slack modal refresh", () => {
  it("re-describes the form when a choice changes, keeping what was typed", async () => {
    const modal = await openPledgeModal();
    const campaign = blocksOf(modal).find((b) => b.block_id === "campaign")?.element?.options?.[0]?.value as string;
    const acked = await s.slackRequest.interaction({
      type: "block_actions",
      team: { id: "TTHIDUA" },
      user: { id: "ULAN" },
      trigger_id: "trg.ULAN.refresh",
      container: { type: "view", view_id: modal.id },
      actions: [{ type: "static_select", action_id: "form_refresh", block_id: "campaign", selected_option: { value: campaign } }],
      view: {
        id: modal.id,
        hash: s.api.views.get(modal.id)?.hash,
        type: "modal",
        callback_id: modal.view.callback_id,
        private_metadata: modal.view.private_metadata,
        state: { values: { campaign: { form_refresh: stateValue.select(campaign) }, commitments: { v: stateValue.text("Đang viết dở") } } },
      },
    });
    expect(acked.status).toBe(200);
    await s.api.waitFor(() => s.api.callsOf("views.update").length === 1);
    const updated = s.api.views.get(modal.id);
    expect(updated?.via).toBe("views.update");
    expect(JSON.stringify(updated?.view)).toContain("Đang viết dở");
    expect(JSON.stringify(updated?.view)).toContain("Lao động tiên tiến");
  });
});

describe("Slack buttons that open forms", () => {
  it("opens 'edit this pledge' as a modal filled with the pledge, and saves the change", async () => {
    const { answered } = await pledgeOnSlack();
    const push = answered.json as { view: { callback_id: string; private_metadata: string } };
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "V1",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("số 1"));

    const opened = s.api.callsOf("views.open").length;
    await s.slackRequest.blockAction({ user: "ULAN", actionId: "act_0_0", value: "pledge:edit:1" });
    await s.api.waitFor(() => s.api.callsOf("views.open").length > opened);
    const modal = s.api.lastModal("ULAN") as View;
    expect(JSON.stringify(modal.view)).toContain("sáng kiến");
    const titles = blocksOf(modal).find((b) => b.block_id === "titles")?.element?.options?.[0]?.value as string;
    // Slack sends every input's state, including the campaign select left at its initial option
    const campaignElement = blocksOf(modal).find((b) => b.block_id === "campaign")?.element as { initial_option?: { value: string } } | undefined;
    const campaign = campaignElement?.initial_option?.value as string;
    expect(campaign).toBeDefined();
    const checked = await submit(modal, {
      campaign: { form_refresh: stateValue.select(campaign) },
      titles: { v: stateValue.checkboxes([titles]) },
      commitments: { v: stateValue.text("Cam kết mới: 02 sáng kiến") },
    });
    const confirm = checked.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(checked.json).toMatchObject({ response_action: "push" });
    await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "V2",
      callbackId: confirm.view.callback_id,
      privateMetadata: confirm.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("ULAN").includes("Đã cập nhật bản đăng ký số 1"));
    const lan = s.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    expect(s.test.app.services.pledges.mine(lan)).toMatchObject([{ id: 1, commitments: "Cam kết mới: 02 sáng kiến" }]);
  });
});
