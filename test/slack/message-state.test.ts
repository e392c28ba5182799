// A button's answer that is the pressed message's new state is written over that message on Slack too
// (chat.update), as on Telegram: an announcement's ⟦Đã nắm⟧ becomes "✓ Đã nắm lúc …" in place, keeping its words,
// and an old copy pressed again does not thank twice. A message Slack will not update gets a new one instead.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSendPacer } from "../../src/adapters/pace/send-pacer";
import { createSlackTransport } from "../../src/adapters/slack/transport";
import { createOutbox } from "../../src/outbox";
import { BOT_TOKEN, type SlackTest, startSlackTest } from "../support/slack-harness";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Vũ Thị Lan", "ULAN");
});
afterEach(() => s.close());

/** Sends what the outbox holds to Slack, as the running bot's worker does. */
async function sendOutbox(): Promise<void> {
  const { app } = s.test;
  const fast = { perSecond: 2000, perChatGapMs: 0, perGroupPerMinute: null };
  const outbox = createOutbox(app, app.services.log, [
    createSlackTransport({ token: BOT_TOKEN, apiUrl: s.api.apiUrl, translator: app.services.translator, pace: createSendPacer(fast) }),
  ]);
  outbox.start();
  await outbox.drained(10_000);
  await outbox.stop();
}

/** The value (our action) of the button labelled `label` in a stored message's blocks. */
function buttonValue(blocks: unknown[], label: string): { actionId: string; value: string } {
  for (const block of blocks as Array<{ type: string; elements?: Array<{ text?: { text: string }; action_id: string; value: string }> }>) {
    const button = block.elements?.find((e) => e.text?.text === label);
    if (button) return { actionId: button.action_id, value: button.value };
  }
  throw new Error(`no button ${label}`);
}

const announce = () => {
  const { broadcasts, directory } = s.test.app.services;
  const lan = directory.findOnePerson("Vũ Thị Lan");
  broadcasts.announce(directory.findOnePerson("Phạm Văn Hùng"), {
    text: "Họp giao ban sáng thứ Hai.",
    audience: { kind: "units", unitIds: [lan.unitId] },
    repeat: null,
  });
};

describe("a pressed message's new state on Slack", () => {
  it("writes ⟦Đã nắm⟧ over the announcement, keeping its words, and does not thank twice", async () => {
    announce();
    await sendOutbox();
    const sent = s.api.received("ULAN").find((m) => m.text.includes("Họp giao ban sáng thứ Hai."));
    if (!sent) throw new Error("the announcement did not reach Lan");
    const ack = buttonValue(sent.blocks, "Đã nắm");
    const before = s.api.received("ULAN").length;
    await s.slackRequest.blockAction({ user: "ULAN", actionId: ack.actionId, value: ack.value, channel: sent.channel, messageTs: sent.ts });
    await s.api.waitFor(() => s.api.callsOf("chat.update").length > 0 && s.api.received("ULAN").some((m) => m.text.includes("✓ Đã nắm lúc")));
    const edited = s.api.received("ULAN").find((m) => m.ts === sent.ts);
    expect(edited?.text).toContain("Họp giao ban sáng thứ Hai.");
    expect(edited?.text).toMatch(/✓ Đã nắm lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\. Cảm ơn bạn\./);
    expect(JSON.stringify(edited?.blocks)).not.toContain('Đã nắm"');
    // written over, not posted again
    expect(s.api.received("ULAN").length).toBe(before);
    // the old button pressed again: told it is done already, once
    await s.slackRequest.blockAction({ user: "ULAN", actionId: ack.actionId, value: ack.value, channel: sent.channel, messageTs: sent.ts });
    await s.api.waitFor(() => s.api.received("ULAN").some((m) => m.text.includes("không cần xác nhận lại")));
    expect(s.api.received("ULAN").filter((m) => m.text.includes("Cảm ơn bạn")).length).toBe(1);
  });

  it("posts the new state as a new message when Slack cannot find the pressed one", async () => {
    announce();
    await sendOutbox();
    const sent = s.api.received("ULAN").find((m) => m.text.includes("Họp giao ban sáng thứ Hai."));
    if (!sent) throw new Error("the announcement did not reach Lan");
    const ack = buttonValue(sent.blocks, "Đã nắm");
    await s.slackRequest.blockAction({ user: "ULAN", actionId: ack.actionId, value: ack.value, channel: sent.channel, messageTs: "9.999999" });
    await s.api.waitFor(() => s.api.received("ULAN").some((m) => m.ts !== sent.ts && m.text.includes("✓ Đã nắm lúc")));
  });
});
