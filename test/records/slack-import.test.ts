// A file shared in the Slack app's DM (the real Bolt app over signed HTTP, against the local Web API stand-in): the
// secretary's past decisions are checked, summarised, and saved only on Confirm, once; the file is fetched with the
// bot token from its private URL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SlackTest, startSlackTest } from "../support/slack-harness";
import { TO_CHUC } from "./support";

let s: SlackTest;
beforeEach(async () => {
  s = await startSlackTest();
  s.link("Trịnh Văn Sơn", "USON");
});
afterEach(async () => s.close());

const CSV = [
  "full_name,unit,year,award,decision_no,decision_date,issuer",
  `Vũ Thị Lan,"${TO_CHUC}",2024,LĐTT,12/QĐ-SNV,15/12/2024,Giám đốc Sở Nội vụ`,
  `,"${TO_CHUC}",2024,Tập thể lao động tiên tiến,13/QĐ-SNV,16/12/2024,Giám đốc Sở Nội vụ`,
].join("\n");

const entries = () => (s.test.app.db.$client.prepare("select count(*) as n from achievement_records").get() as { n: number }).n;
const pendingId = () =>
  (s.test.app.db.$client.prepare("select id from file_imports where status = 'pending'").get() as { id: number } | undefined)?.id;

describe("a file shared with the app on Slack", () => {
  it("is checked and summarised, saved on Confirm only, once", async () => {
    s.api.shared.set("F0HOSO", { name: "ho-so.csv", bytes: Buffer.from(CSV) });
    await s.slackRequest.event({
      type: "message",
      subtype: "file_share",
      channel_type: "im",
      channel: "DUSON",
      user: "USON",
      text: "",
      ts: "1.1",
      files: [{ id: "F0HOSO", name: "ho-so.csv", mimetype: "text/csv", size: CSV.length }],
    });
    await s.api.waitFor(() => s.api.receivedText("USON").includes("Xác nhận nhập"));
    expect(s.api.receivedText("USON")).toContain("Tệp «ho-so.csv» (hồ sơ thành tích): 2 mục mới");
    expect(entries()).toBe(0);
    const id = pendingId();
    await s.slackRequest.blockAction({ user: "USON", actionId: "act_0_0", value: `import:ok:${id}`, channel: "DUSON" });
    await s.api.waitFor(() => s.api.receivedText("USON").includes("Đã lưu tệp «ho-so.csv»"));
    expect(entries()).toBe(2);
    await s.slackRequest.blockAction({ user: "USON", actionId: "act_0_0", value: `import:ok:${id}`, channel: "DUSON" });
    await s.api.waitFor(() => s.api.receivedText("USON").includes("không còn gì chờ xác nhận"));
    expect(entries()).toBe(2);
    expect(s.api.downloads).toBe(2);
  });
});
