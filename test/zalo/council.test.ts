// Nominations and the council's secret ballot in Zalo private chats, every choice typed: a unit head proposes by
// numbers, a council member opens the ballot from its invitation, votes by the label's words and casts by number.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSession } from "../nominations/support";
import { actAs } from "../support/harness";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let z: ZaloTest;
beforeEach(async () => {
  z = await startZaloTest();
});
afterEach(async () => z.close());

const hung = { id: "5c4b3a29180716f5e4d3", display_name: "Phạm Văn Hùng" };

describe("Zalo nominations and ballot", () => {
  it("proposes by typed numbers, then votes and casts a secret ballot by typed words and numbers", async () => {
    z.link("Hoàng Văn Long", ZALO_USERS.long);
    z.link("Phạm Văn Hùng", hung);
    const long = ZALO_USERS.long;
    expect(await z.say(long, "/nominate")).toMatch(/1\. Cá nhân/);
    expect(await z.say(long, "1")).toContain("Gõ họ tên người được đề nghị");
    const awards = await z.say(long, "Vũ Thị Lan");
    const ldtt = /(\d+)\. Lao động tiên tiến/.exec(awards)?.[1] as string;
    await z.say(long, ldtt);
    await z.say(long, "1");
    await z.say(long, "1");
    expect(await z.say(long, "Hoàn thành xuất sắc nhiệm vụ năm 2023.")).toContain("Kiểm tra lại");
    expect(await z.say(long, "Xác nhận")).toContain("số 1");

    // the secretary opens the session elsewhere (the terminal); the invitation reaches Hùng on Zalo
    await openSession(z.test, actAs(z.test, "Trịnh Văn Sơn"), [1]);
    await z.api.waitFor(() => z.api.lastText(hung.id).includes("Mời bạn bỏ phiếu kín"));
    const ballot = await z.say(hung, "1");
    expect(ballot).toContain("Phiếu bầu kín — phiên 1");
    expect(ballot).toContain("1. Đồng ý số 1");
    const chosen = await z.say(hung, "Đồng ý số 1");
    expect(chosen).toContain("Số 1 — Vũ Thị Lan — Lao động tiên tiến: Đồng ý");
    const review = await z.say(hung, "Xem lại và bỏ phiếu");
    expect(review).toContain("Sau khi bỏ phiếu, bạn không sửa được nữa");
    expect(review).toMatch(/1\. Bỏ phiếu \(không sửa được\)/);
    expect(await z.say(hung, "1")).toContain("Đã bỏ phiếu của bạn vào phiên 1");
    // nothing in the log names the voter's Zalo id
    for (const line of z.test.logLines) expect(line).not.toContain(hung.id);
  });
});
