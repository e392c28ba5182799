// Complaints in a Zalo private chat, read afterwards as an adversary would: an anonymous denunciation leaves the
// sender's Zalo id in no table and no log line; the honesty notice says what Zalo itself sees; a named complaint
// reaches the handler, who reads it by typed choices too.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { everyStoredValue } from "../support/harness";
import { hexId } from "../support/zalo-api";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
beforeEach(async () => {
  z = await startZaloTest();
});
afterEach(async () => z.close());

const { lan, stranger } = ZALO_USERS;
const CONTENT = "Danh sách đề nghị Chiến sĩ thi đua của phòng có người không đủ tiêu chuẩn.";

/**
 * Files a denunciation by typed numbers (/tocao chooses the kind); a named one also answers what the letter needs
 * (Điều 23 Luật Tố cáo). Returns the receipt code and the whole exchange.
 */
async function denounce(user: typeof stranger, identity: "1" | "2") {
  const steps = [await z.say(user, "/tocao")];
  steps.push(await z.say(user, CONTENT));
  steps.push(await z.say(user, identity));
  if (identity === "1") {
    for (const answer of ["Phòng Tổ chức, Sở Nội vụ", "12 Lê Lợi, Huế", "0901234567", "Đề nghị xác minh."]) steps.push(await z.say(user, answer));
  }
  steps.push(await z.say(user, "1"));
  const all = steps.join("\n---\n");
  return { steps, all, code: /([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})/.exec(all)?.[1] };
}

describe("Zalo complaints", () => {
  it("files an anonymous denunciation that stores the sender's Zalo id nowhere", async () => {
    const { steps, code } = await denounce(stranger, "2");
    expect(steps[0]).toContain("Hãy viết nội dung");
    // the honesty notice names what Zalo sees and that the bot cannot delete a Zalo chat, and what the law says
    expect(steps[1]).toContain("Zalo biết tài khoản Zalo nào đã gửi tin nhắn");
    expect(steps[1]).toContain("Điều 25 Luật Tố cáo");
    expect(steps[1]).not.toContain("trên Slack");
    expect(steps[2]).toContain("Kiểm tra lại");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // "Tôi đã chép mã" typed as words: Zalo cannot delete, so the sender is told to
    expect(await z.say(stranger, "Tôi đã chép mã")).toContain("Hãy tự xoá cuộc trò chuyện này");
    // the sender follows the case with the code from the same chat
    expect(await z.say(stranger, `/case ${code}`)).toContain("Chưa có trả lời");
    await z.test.app.services.cases.sendDigest();

    const row = z.test.app.db.$client.prepare("select sender_person_id, content from cases").get();
    expect(row).toEqual({ sender_person_id: null, content: CONTENT });
    const needles = [
      stranger.id,
      createHash("sha256").update(stranger.id).digest("hex"),
      createHash("sha256").update(`zalo:${stranger.id}`).digest("hex"),
    ];
    const stored = everyStoredValue(z.test.app);
    for (const needle of needles) expect(stored.filter((v) => v.includes(needle))).toEqual([]);
    for (const line of z.test.logLines) {
      for (const needle of [stranger.id, CONTENT.slice(0, 20), code as string]) expect(line).not.toContain(needle);
    }
  });

  it("keeps a known sender's anonymous case apart from their account", async () => {
    z.link("Vũ Thị Lan", lan);
    await denounce(lan, "2");
    const db = z.test.app.db.$client;
    const caseValues = [
      ...(db.prepare("select * from cases").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from case_messages").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from audit_log where entity = 'case'").all() as Array<Record<string, unknown>>),
      ...(db.prepare("select * from dialog_states").all() as Array<Record<string, unknown>>),
    ].flatMap((row) => Object.values(row).map(String));
    for (const needle of [lan.id, "Vũ Thị Lan"]) expect(caseValues.filter((v) => v.includes(needle))).toEqual([]);
    // the account link is in the directory only
    expect(everyStoredValue(z.test.app).filter((v) => v === lan.id)).toHaveLength(1);
  });

  it("lets a case handler on Zalo open and accept a named complaint by typed choices", async () => {
    z.link("Vũ Thị Lan", lan);
    const hanh = { id: "aa11bb22cc33dd44ee55", display_name: "Mai Thị Hạnh" };
    z.link("Mai Thị Hạnh", hanh);
    const { all } = await denounce(lan, "1");
    // a named denunciation: the bot shows the letter to sign and hand in (Điều 23 Luật Tố cáo)
    expect(all).toContain("ĐƠN TỐ CÁO");
    const list = await z.say(hanh, "/cases");
    expect(list).toContain("2026-0001 — Tố cáo");
    const number = /(\d+)\. [^\n]*2026-0001/.exec(list)?.[1] ?? "1";
    const opened = await z.say(hanh, number);
    expect(opened).toContain("Người gửi: Vũ Thị Lan");
    expect(opened).toContain(CONTENT);
  });
});

describe("Zalo photos in a complaint", () => {
  it("keeps a photo sent while filling in as its Zalo URL, and shows it to a handler on Zalo by that URL", async () => {
    z.link("Vũ Thị Lan", lan);
    const hanh = { id: "aa11bb22cc33dd44ee55", display_name: "Mai Thị Hạnh" };
    z.link("Mai Thị Hạnh", hanh);
    // a named feedback (phản ánh): the kind that takes a photo without a letter to sign
    await z.say(lan, "/complain");
    await z.say(lan, "3");
    const photo = "https://photo-talk.zadn.vn/jpg/ab12cd34.jpg";
    const before = z.api.sent(lan.id).length;
    z.api.deliver({
      event_name: "message.image.received",
      message: {
        message_id: hexId(),
        date: Date.now(),
        chat: { id: lan.id, chat_type: "PRIVATE" },
        from: { id: lan.id, is_bot: false },
        photo_url: photo,
      },
    });
    await z.api
      .waitFor(() => z.api.sent(lan.id).length > before)
      .catch(() => {
        throw new Error(z.test.logLines.join("\n"));
      });
    expect(z.api.lastText(lan.id)).toContain("Đã nhận 1 tệp");
    await z.say(lan, CONTENT);
    await z.say(lan, "1");
    expect(await z.say(lan, "1")).toContain("Mã biên nhận");
    const file = z.test.app.db.$client.prepare("select platform, file_id from case_files").get();
    expect(file).toEqual({ platform: "zalo", file_id: photo });
    const list = await z.say(hanh, "/cases");
    const number = /(\d+)\. [^\n]*2026-0001/.exec(list)?.[1] ?? "1";
    const opened = await z.say(hanh, number);
    expect(opened).toContain("Tệp kèm theo: image/jpeg");
    z.api.userSays(hanh, "Xem tệp (1)");
    await z.api.waitFor(() => z.api.sent(hanh.id).some((m) => m.method === "sendPhoto"));
    expect(z.api.callsOf("sendPhoto").map((c) => c.params.photo)).toEqual([photo]);
  });
});
