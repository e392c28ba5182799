// /rules and a refusal in Telegram: the whole rulebook of a year arrives in messages under Telegram's limit, in the
// reader's language, and a refused nomination names its basis and status.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";

let tg: TelegramTest;
beforeEach(async () => {
  tg = await startTelegramTest();
  tg.link("Trịnh Văn Sơn", USERS.son);
  tg.link("Hoàng Văn Long", USERS.long);
});
afterEach(async () => tg.close());

describe("Telegram /rules", () => {
  it("sends a year's rules split under 4096 characters, in English for an English reader", async () => {
    const { api } = tg;
    api.sendText(USERS.son, "/quydinh 2024");
    await api.waitFor(() => api.chat(USERS.son.id).some((m) => m.text.includes("must be checked by the department")));
    const sent = api.chat(USERS.son.id).map((m) => m.text);
    expect(sent.length).toBeGreaterThan(1);
    for (const text of sent) expect(text.length).toBeLessThanOrEqual(4096);
    const all = sent.join("\n");
    expect(all).toContain("Rules for the emulation year 2024: Law 06/2022/QH15 and Decree 98/2023");
    expect(all).toContain("at least 80% of all members");
    expect(all).toContain("under Nghị định 98/2023/NĐ-CP, khoản 7 Điều 30 (quoted word for word in a secondary source)");
    expect(all).toContain("the department's rule, not law");
  });

  it("tells a unit head why a CSTĐCS is refused, naming the Sở's rule as such", async () => {
    const { api } = tg;
    const { long } = USERS;
    api.sendText(long, "/nominate");
    await api.waitFor(() => api.lastText(long.id).includes("cá nhân hay tập thể"));
    api.pressLabel(long, long.id, "Cá nhân");
    await api.waitFor(() => api.lastText(long.id).includes("Gõ họ tên"));
    api.sendText(long, "Vũ Thị Lan");
    await api.waitFor(() => api.lastText(long.id).includes("Đề nghị danh hiệu"));
    api.sendText(long, "2");
    // a title has only the year-end path
    await api.waitFor(() => api.lastText(long.id).includes("khen thưởng loại nào"));
    expect(api.lastText(long.id)).not.toContain("Đột xuất");
    api.pressLabel(long, long.id, "Tổng kết năm");
    await api.waitFor(() => api.lastText(long.id).includes("phong trào thi đua nào"));
    api.sendText(long, "1");
    await api.waitFor(() => api.lastText(long.id).includes("Tóm tắt thành tích"));
    api.sendText(long, "Hoàn thành xuất sắc nhiệm vụ.");
    await api.waitFor(() => api.lastText(long.id).includes("Xác nhận"));
    api.pressLabel(long, long.id, "Xác nhận");
    await api.waitFor(() => api.lastText(long.id).includes("Không đề nghị được"));
    expect(api.lastText(long.id)).toContain("theo quy chế của Sở");
    expect(api.lastText(long.id)).toContain("quy định của Sở, không phải luật");
  });
});
