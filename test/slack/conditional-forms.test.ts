// Slack modals whose fields depend on an answer, through the real Bolt app and the Web API stand-in: a pledge
// campaign with its titles, an announcement to selected units, field checks next to their fields, and a refusal at
// Confirm that turns the view back into the form with every answer kept.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Trịnh Văn Sơn", "USON");
});
afterEach(() => s.close());

type View = { id: string; view: Record<string, unknown> };
type Block = { type: string; block_id?: string; element?: { options?: Array<{ value: string }> } };
type Values = Record<string, Record<string, unknown>>;

async function openModal(sub: string): Promise<View> {
  const before = s.api.callsOf("views.open").length;
  await s.slackRequest.slashCommand({ user: "USON", text: sub });
  await s.api.waitFor(() => s.api.callsOf("views.open").length > before);
  return s.api.lastModal("USON") as View;
}

const blockIds = (view: View) => (view.view.blocks as Block[]).map((b) => b.block_id).filter(Boolean);
const optionsOf = (view: View, id: string) => (view.view.blocks as Block[]).find((b) => b.block_id === id)?.element?.options ?? [];

function submit(view: View, values: Values, callbackId = String(view.view.callback_id), privateMetadata = String(view.view.private_metadata)) {
  return s.slackRequest.viewSubmission({ user: "USON", viewId: view.id, callbackId, privateMetadata, values });
}

/** What Slack sends when a dispatching input changes: the view with its current state. */
async function changed(view: View, blockId: string, action: Record<string, unknown>, values: Values): Promise<View> {
  const updates = s.api.callsOf("views.update").length;
  await s.slackRequest.interaction({
    type: "block_actions",
    team: { id: "TTHIDUA" },
    user: { id: "USON" },
    trigger_id: "trg.USON.refresh",
    container: { type: "view", view_id: view.id },
    actions: [{ action_id: "form_refresh", block_id: blockId, ...action }],
    view: {
      id: view.id,
      hash: s.api.views.get(view.id)?.hash,
      type: "modal",
      callback_id: view.view.callback_id,
      private_metadata: view.view.private_metadata,
      state: { values },
    },
  });
  await s.api.waitFor(() => s.api.callsOf("views.update").length > updates);
  return s.api.views.get(view.id) as View;
}

async function confirm(answered: { json: unknown }) {
  const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
  expect(push.response_action).toBe("push");
  return s.slackRequest.viewSubmission({
    user: "USON",
    viewId: "VCONFIRM",
    callbackId: push.view.callback_id,
    privateMetadata: push.view.private_metadata,
    values: {},
  });
}

const campaignAnswers = (deadline: string | null): Values => ({
  title: { v: stateValue.text("Phong trào thi đua đặc biệt") },
  description: { v: stateValue.text("") },
  kind: { form_refresh: stateValue.select("thematic") },
  startsOn: { form_refresh: stateValue.date("2026-02-01") },
  endsOn: { form_refresh: stateValue.date("2026-11-30") },
  deadline: { form_refresh: stateValue.date(deadline) },
});

describe("Slack modals with fields that appear after an answer", () => {
  it("launches a pledge campaign: the titles appear with the deadline and are read on submit", async () => {
    const modal = await openModal("campaign");
    expect(blockIds(modal)).not.toContain("titles");
    const withDeadline = await changed(modal, "deadline", { type: "datepicker", selected_date: "2026-02-28" }, campaignAnswers("2026-02-28"));
    expect(blockIds(withDeadline)).toContain("titles");
    // what was typed before the refresh is still there
    expect(JSON.stringify(withDeadline.view)).toContain("Phong trào thi đua đặc biệt");
    const title = optionsOf(withDeadline, "titles")[0]?.value as string;
    const answered = await submit(withDeadline, { ...campaignAnswers("2026-02-28"), titles: { v: stateValue.checkboxes([title]) } });
    expect((await confirm(answered)).json).toEqual({ response_action: "clear" });
    await s.api.waitFor(() => s.api.receivedText("USON").includes("Phong trào thi đua đặc biệt"));
    const launched = s.test.app.services.campaigns.all().find((c) => c.title === "Phong trào thi đua đặc biệt");
    expect(launched?.awardCodes).toEqual([title]);
  });

  it("sends an announcement to the units ticked in the field shown after choosing 'some units'", async () => {
    const modal = await openModal("announce");
    expect(blockIds(modal)).not.toContain("units");
    const base: Values = {
      text: { v: stateValue.text("Họp giao ban đơn vị") },
      audience: { form_refresh: stateValue.select("units") },
      when: { form_refresh: stateValue.select("now") },
    };
    const withUnits = await changed(modal, "audience", { type: "static_select", selected_option: { value: "units" } }, base);
    const unit = optionsOf(withUnits, "units")[0]?.value as string;
    expect(unit).toBeDefined();
    const answered = await submit(withUnits, { ...base, units: { v: stateValue.checkboxes([unit]) } });
    expect((await confirm(answered)).json).toEqual({ response_action: "clear" });
    const audience = s.test.app.db.$client.prepare("select audience from announcements").get() as { audience: string };
    expect(JSON.parse(audience.audience)).toEqual({ kind: "units", unitIds: [Number(unit)] });
  });

  it("shows each field's own check next to it: an end before the start, a deadline outside the period, a year like 2099", async () => {
    const modal = await openModal("campaign");
    const answered = await submit(modal, {
      ...campaignAnswers("2026-12-15"),
      endsOn: { form_refresh: stateValue.date("2026-01-15") },
      startsOn: { form_refresh: stateValue.date("2099-02-01") },
    });
    const body = answered.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(body.errors.startsOn).toContain("Năm của «Ngày bắt đầu» phải từ 2021 đến 2031");
    const fixed = await submit(modal, { ...campaignAnswers("2026-12-15"), endsOn: { form_refresh: stateValue.date("2026-01-15") } });
    const errors = (fixed.json as { errors: Record<string, string> }).errors;
    expect(errors.endsOn).toContain("phải từ ngày bắt đầu (01/02/2026) trở đi");
    const late = await submit(modal, { ...campaignAnswers("2026-12-15"), titles: { v: stateValue.checkboxes(["LDTT"]) } });
    expect((late.json as { errors: Record<string, string> }).errors.deadline).toContain("từ 01/02/2026 đến 30/11/2026");
  });

  it("turns Confirm back into the form with the answers and the refusal under its field", async () => {
    const modal = await openModal("announce");
    const values: Values = {
      text: { v: stateValue.text("Họp lúc 10 giờ") },
      audience: { form_refresh: stateValue.select("everyone") },
      when: { form_refresh: stateValue.select("once") },
      date: { form_refresh: stateValue.date("2026-01-05") },
      time: { v: stateValue.text("10:00") },
    };
    const answered = await submit(modal, values);
    // 10:00 passes while the summary is open
    s.test.clock.advance(2 * 3600_000);
    const back = await confirm(answered);
    const body = back.json as { response_action: string; view: { callback_id: string; blocks: Array<Record<string, unknown>> } };
    expect(body.response_action).toBe("update");
    expect(body.view.callback_id).toBe("thidua_form");
    const ids = body.view.blocks.map((b) => b.block_id ?? b.type);
    const warning = body.view.blocks[ids.indexOf("time") + 1];
    // the field's own check, run again on Confirm, says it under the time
    expect(JSON.stringify(warning)).toContain("Giờ 10:00 hôm nay đã qua");
    expect(JSON.stringify(body.view)).toContain("Họp lúc 10 giờ");
    expect(s.test.app.db.$client.prepare("select count(*) as n from announcements").get()).toEqual({ n: 0 });
  });
});

describe("a rule only the core can judge, on Slack", () => {
  it("shows the quota refusal under the award, with every answer kept", async () => {
    s.link("Hoàng Văn Long", "ULONG");
    const { directory, nominations, campaigns } = s.test.app.services;
    const secretary = directory.findOnePerson("Trịnh Văn Sơn");
    const campaign = campaigns.byCode("TD2023");
    // one LĐTT in the year: 15% of 1 leaves no room for a CSTĐCS
    await nominations.propose(secretary, {
      nominee: "person",
      nomineeId: directory.findOnePerson("Vũ Thị Lan").id,
      awardCode: "LDTT",
      kind: "year_end",
      campaignId: campaign?.id ?? null,
      achievements: "Hoàn thành tốt nhiệm vụ.",
    });
    const before = s.api.callsOf("views.open").length;
    await s.slackRequest.slashCommand({ user: "ULONG", text: "nominate" });
    await s.api.waitFor(() => s.api.callsOf("views.open").length > before);
    const modal = s.api.lastModal("ULONG") as View;
    const values: Values = {
      nominee: { form_refresh: stateValue.select("person") },
      person: { v: stateValue.text("Vũ Thị Lan") },
      award: { form_refresh: stateValue.select("CSTDCS") },
      kind: { form_refresh: stateValue.select("year_end") },
      campaign: { form_refresh: stateValue.select(String(campaign?.id)) },
      achievements: { v: stateValue.text("Hai sáng kiến được công nhận") },
    };
    const answered = await s.slackRequest.viewSubmission({
      user: "ULONG",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values,
    });
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(push.response_action).toBe("push");
    const back = await s.slackRequest.viewSubmission({
      user: "ULONG",
      viewId: "VCONFIRM",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    const body = back.json as { response_action: string; view: { blocks: Array<Record<string, unknown>> } };
    expect(body.response_action).toBe("update");
    const ids = body.view.blocks.map((b) => b.block_id ?? b.type);
    expect(JSON.stringify(body.view.blocks[ids.indexOf("award") + 1])).toContain(
      "Không đề nghị được Chiến sĩ thi đua cơ sở năm 2023. Năm nay có 1 trường hợp làm căn cứ, nên tối đa 0",
    );
    expect(JSON.stringify(body.view)).toContain("Hai sáng kiến được công nhận");
    expect(JSON.stringify(body.view.blocks[ids.indexOf("person")])).toContain("Vũ Thị Lan");
  });
});

describe("complaint aliases on Slack", () => {
  it("/thidua tocao opens the complaint modal with the kind already chosen", async () => {
    const modal = await openModal("tocao");
    const kind = (modal.view.blocks as Array<{ block_id?: string; element?: { initial_option?: { value: string } } }>).find(
      (b) => b.block_id === "kind",
    );
    expect(kind?.element?.initial_option?.value).toBe("denunciation");
  });
});

describe("blank answers on Slack", () => {
  it("refuses a commitment of zero-width spaces next to the field", async () => {
    s.link("Vũ Thị Lan", "ULAN");
    const before = s.api.callsOf("views.open").length;
    await s.slackRequest.slashCommand({ user: "ULAN", text: "pledge" });
    await s.api.waitFor(() => s.api.callsOf("views.open").length > before);
    const modal = s.api.lastModal("ULAN") as View;
    const title = optionsOf(modal, "titles")[0]?.value as string;
    const answered = await s.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values: { titles: { v: stateValue.checkboxes([title]) }, commitments: { v: stateValue.text("\u200B\u200B \u2060") } },
    });
    const body = answered.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe("errors");
    expect(body.errors.commitments).toContain("«Nội dung cam kết» không được để trống");
  });
});
