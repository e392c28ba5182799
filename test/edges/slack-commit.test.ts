// A failed commit under a Slack modal: Confirm's writes go into a batch whose COMMIT fails (a row with a deferred
// foreign key, an accident of the same batch). The person must get the same localized error, with its request id, as
// on every other path (chat, buttons), in their DM; never the success the lost writes would have earned, and no
// silence (the rejection used to escape the listener, and Slack showed its own generic failure).
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../support/harness";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { stateValue } from "../support/slack-requests";

let slack: SlackTest;
afterEach(async () => slack?.close());

describe("a failed commit under a Slack modal", () => {
  it("answers Confirm with the localized error and saves nothing", async () => {
    // a long commit window, so the accident below and Confirm's writes share one batch
    slack = await startSlackTest({ test: createTestApp({ config: { DB_COMMIT_WINDOW_MS: 400 } }) });
    slack.link("Vũ Thị Lan", "ULAN");
    await slack.slackRequest.slashCommand({ user: "ULAN", text: "pledge" });
    await slack.api.waitFor(() => slack.api.lastModal("ULAN") !== undefined);
    const modal = slack.api.lastModal("ULAN") as { id: string; view: Record<string, unknown> };
    const blocks = modal.view.blocks as Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }>;
    const first = (id: string) => blocks.find((b) => b.block_id === id)?.element?.options?.[0]?.value as string;
    const checked = await slack.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: modal.id,
      callbackId: String(modal.view.callback_id),
      privateMetadata: String(modal.view.private_metadata),
      values: {
        campaign: { form_refresh: stateValue.select(first("campaign")) },
        titles: { v: stateValue.checkboxes([first("titles")]) },
        commitments: { v: stateValue.text("Hoàn thành tốt nhiệm vụ.") },
      },
    });
    const confirm = (checked.json as { view: Record<string, unknown> }).view;
    // what the check step wrote is committed first, so the batch opened below holds only the accident and Confirm
    await slack.test.app.port.durability.durable();

    const sqlite = slack.test.app.db.$client;
    slack.test.app.port.durability.begin();
    sqlite.pragma("defer_foreign_keys = ON");
    sqlite.prepare("insert into person_roles (person_id, role) values (999999, 'staff')").run();
    const posted = slack.api.callsOf("chat.postMessage").length;
    const answered = await slack.slackRequest.viewSubmission({
      user: "ULAN",
      viewId: "VCONFIRM",
      callbackId: String(confirm.callback_id),
      privateMetadata: String(confirm.private_metadata),
      values: {},
    });
    expect(answered.status).toBe(200);
    await slack.api.waitFor(() => slack.api.callsOf("chat.postMessage").length > posted);
    const dm = JSON.stringify(
      slack.api
        .callsOf("chat.postMessage")
        .slice(posted)
        .map((c) => c.params),
    );
    expect(dm).toContain("đã có lỗi ngoài dự kiến");
    expect(dm).toMatch(/mã [\w-]{8}/);
    expect(sqlite.prepare("select count(*) from pledges").pluck().get()).toBe(0);
    expect(sqlite.prepare("select count(*) from person_roles where person_id = 999999").pluck().get()).toBe(0);
    sqlite.pragma("defer_foreign_keys = OFF");
  });
});
