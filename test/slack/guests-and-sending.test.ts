// Unknown Slack users get the core's guest flow; channels get private answers; sends respect Slack's limits.
import { afterEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";

let s: SlackTest;
afterEach(() => s.close());

describe("Slack guests and channels", () => {
  it("lets an unknown user register through a modal, and tells the approvers", async () => {
    s = await startSlackTest();
    s.link("Trần Thị Hoa", "UHOA");
    await s.slackRequest.event({ type: "app_home_opened", user: "UGUEST", channel: "DUGUEST", tab: "home" });
    await s.api.waitFor(() => s.api.home("UGUEST") !== undefined);
    const home = JSON.stringify(s.api.home("UGUEST")?.view);
    expect(home).toContain("open_form_register");
    expect(home).not.toContain("open_form_pledge");

    // a guest asking for a staff form is told what to do, in the DM
    await s.slackRequest.slashCommand({ user: "UGUEST", text: "pledge" });
    await s.api.waitFor(() => s.api.receivedText("UGUEST").includes("/register"));

    await s.slackRequest.blockAction({ user: "UGUEST", actionId: "open_form_register", value: "register", view: { id: "VHOME", type: "home" } });
    await s.api.waitFor(() => s.api.lastModal("UGUEST") !== undefined);
    const modal = s.api.lastModal("UGUEST");
    const blocks = modal?.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string; text: { text: string } }> } }>;
    const unit = blocks.find((b) => b.block_id === "unit")?.element?.options?.find((o) => o.text.text.includes("Cải cách"))?.value;
    expect(unit).toBeDefined();
    const answered = await s.slackRequest.viewSubmission({
      user: "UGUEST",
      viewId: modal?.id as string,
      callbackId: "thidua_form",
      privateMetadata: String(modal?.view.private_metadata),
      values: { fullName: { v: stateValue.text("Ngô Thị Thu") }, unit: { form_refresh: stateValue.select(unit as string) } },
    });
    const push = answered.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(push.response_action).toBe("push");
    await s.slackRequest.viewSubmission({
      user: "UGUEST",
      viewId: "V2",
      callbackId: push.view.callback_id,
      privateMetadata: push.view.private_metadata,
      values: {},
    });
    await s.api.waitFor(() => s.api.receivedText("UGUEST").includes("Ngô Thị Thu"));
    expect(s.test.app.services.directory.resolveAccount({ platform: "slack", externalId: "UGUEST" })?.status).toBe("pending");
    // the administrator approves registrations
    await s.api.waitFor(() => s.api.receivedText("UHOA").includes("Ngô Thị Thu"));
    expect(s.api.receivedText("UHOA")).toContain("approve:yes:");
  });

  it("speaks to an unknown user in their Slack language until they choose one", async () => {
    s = await startSlackTest();
    s.api.addUser({ id: "UENGLISH", name: "jo", real_name: "Jo", locale: "en-US" });
    await s.slackRequest.slashCommand({ user: "UENGLISH", text: "whoami" });
    await s.api.waitFor(() => s.api.received("UENGLISH").length === 1);
    await s.slackRequest.event({ type: "app_home_opened", user: "UENGLISH", channel: "DUENGLISH", tab: "home" });
    await s.api.waitFor(() => s.api.home("UENGLISH") !== undefined);
    expect(JSON.stringify(s.api.home("UENGLISH")?.view)).toContain("Register as staff");
    expect(s.api.callsOf("users.info")).toHaveLength(1);
  });

  it("answers in a channel privately (ephemeral), and points private commands to the DM", async () => {
    s = await startSlackTest();
    s.link("Vũ Thị Lan", "ULAN");
    await s.slackRequest.slashCommand({ user: "ULAN", text: "mypledges", channel: "CGENERAL" });
    await s.api.waitFor(() => s.api.received("CGENERAL").length === 1);
    const [answer] = s.api.received("CGENERAL");
    expect(answer?.ephemeralFor).toBe("ULAN");
    expect(answer?.text).toContain("tin nhắn riêng");
  });
});

describe("Slack sending", () => {
  it("spaces messages to one channel to Slack's limit and retries a 429 after Retry-After", async () => {
    s = await startSlackTest({ channelIntervalMs: 1000 });
    s.link("Vũ Thị Lan", "ULAN");
    const lan = s.test.app.services.directory.findOnePerson("Vũ Thị Lan");
    s.api.fail({ method: "chat.postMessage", status: 429, retryAfter: 1 });
    await Promise.all([
      s.test.app.services.notifier.notify(lan.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "một" } } }] }),
      s.test.app.services.notifier.notify(lan.id, { blocks: [{ type: "paragraph", text: { key: "raw", args: { value: "hai" } } }] }),
    ]);
    expect(s.api.received("ULAN").map((m) => m.text)).toEqual(["một", "hai"]);
    // one injected 429, then no send ever ran into the stand-in's own per-channel limit
    expect(s.api.callsOf("chat.postMessage").map((c) => c.status)).toEqual([429, 200, 200]);
  });
});
