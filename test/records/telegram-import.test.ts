// A file sent to the real grammY bot in a private chat (over HTTP, against the local Bot API stand-in): the
// secretary gets the check's summary and a Confirm; nothing is saved before it, it saves once however often it is
// pressed, a file with bad lines saves nothing, a file changed since its check is refused, a staff member's file and
// forged buttons do nothing, and only an admin gives roles by a roster file.
import ExcelJS from "exceljs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTelegramTest, type TelegramTest, USERS } from "../support/telegram-harness";
import { TO_CHUC } from "./support";

let tg: TelegramTest;
const { son, lan } = USERS;
const hoa = { id: 1004, first_name: "Hoa", language_code: "vi" };

beforeEach(async () => {
  tg = await startTelegramTest();
  tg.link("Trịnh Văn Sơn", son);
  tg.link("Vũ Thị Lan", lan);
  tg.link("Trần Thị Hoa", hoa);
  // the secretary reads Vietnamese here
  tg.test.app.services.directory.setLocale(tg.test.app.services.directory.findOnePerson("Trịnh Văn Sơn").id, "vi");
});
afterEach(async () => tg.close());

async function xlsx(rows: Array<Array<string | number>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hồ sơ");
  sheet.addRow(["Họ tên", "Đơn vị", "Năm", "Danh hiệu/Hình thức", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"]);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const CLEAN = [
  ["Vũ Thị Lan", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024", "Giám đốc Sở Nội vụ"],
  ["Bùi Đức Anh", TO_CHUC, 2024, "lao dong tien tien", "12/QĐ-SNV", "15/12/2024", "Giám đốc Sở Nội vụ"],
  ["", TO_CHUC, 2024, "Tập thể lao động tiên tiến", "13/QĐ-SNV", "16/12/2024", "Giám đốc Sở Nội vụ"],
];

const entries = () => (tg.test.app.db.$client.prepare("select count(*) as n from achievement_records").get() as { n: number }).n;

describe("a file sent to the bot on Telegram", () => {
  it("summarises a clean file, saves nothing until Confirm, then saves it once", async () => {
    const { api } = tg;
    api.sendDocument(son, "ho-so-2024.xlsx", await xlsx(CLEAN));
    await api.waitFor(() => api.lastText(son.id).includes("Bấm «Xác nhận nhập»"));
    expect(api.lastText(son.id)).toContain("Tệp «ho-so-2024.xlsx» (hồ sơ thành tích): 3 mục mới, 0 mục thay đổi, 0 mục không đổi");
    expect(entries()).toBe(0);
    api.pressLabel(son, son.id, "Xác nhận nhập");
    await api.waitFor(() => api.lastText(son.id).includes("Đã lưu tệp «ho-so-2024.xlsx»"));
    expect(entries()).toBe(3);
    // the same button again (a double tap, a replayed update): nothing more
    api.pressLabel(son, son.id, "Xác nhận nhập");
    await api.waitFor(() => api.lastText(son.id).includes("không còn gì chờ xác nhận"));
    expect(entries()).toBe(3);
    // the file was read twice (the check, and again at Confirm), never kept
    expect(api.downloads).toBe(2);
    expect(tg.test.app.db.$client.prepare("select count(*) as n from file_imports where status = 'applied'").get()).toEqual({ n: 1 });
  });

  it("names the bad lines with the counts of the good ones, and saves nothing", async () => {
    const { api } = tg;
    const rows = [
      ...CLEAN,
      ["Vũ Thị Lan", "Phòng Không Có", 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024", ""],
      ["Bùi Đức Anh", TO_CHUC, 2024, "Huy hiệu", "1", "01/01/2024", ""],
    ];
    api.sendDocument(son, "ho-so.xlsx", await xlsx(rows), "/nhaptep");
    await api.waitFor(() => api.lastText(son.id).includes("Chưa có gì được lưu"));
    const text = api
      .chat(son.id)
      .map((m) => m.text)
      .join("\n");
    expect(text).toContain("3 mục mới, 0 mục thay đổi, 0 mục không đổi; xếp loại: 0 mới, 0 thay đổi; 2 dòng lỗi:");
    expect(text).toContain("Dòng 5: không có đơn vị «Phòng Không Có»");
    expect(text).toContain("Dòng 6: không nhận ra danh hiệu/hình thức «Huy hiệu»");
    expect(api.chat(son.id).flatMap((m) => m.reply_markup?.inline_keyboard ?? [])).toEqual([]);
    expect(entries()).toBe(0);
  });

  it("refuses at Confirm a file that changed since its check, saving nothing", async () => {
    const { api } = tg;
    const update = api.sendDocument(son, "ho-so.xlsx", await xlsx(CLEAN));
    await api.waitFor(() => api.lastText(son.id).includes("Bấm «Xác nhận nhập»"));
    const fileId = (update.message as { document: { file_id: string } }).document.file_id;
    api.replaceFile(fileId, await xlsx([...CLEAN, ["Ai Đó", TO_CHUC, 2024, "LĐTT", "12/QĐ-SNV", "15/12/2024", ""]]));
    api.pressLabel(son, son.id, "Xác nhận nhập");
    await api.waitFor(() => api.lastText(son.id).includes("Chưa có gì được lưu"));
    expect(
      api
        .chat(son.id)
        .map((m) => m.text)
        .join("\n"),
    ).toContain("Dòng 5: không có ai tên «Ai Đó»");
    expect(entries()).toBe(0);
  });

  it("does nothing with a staff member's file or a forged Confirm", async () => {
    const { api } = tg;
    api.sendDocument(son, "ho-so.xlsx", await xlsx(CLEAN));
    await api.waitFor(() => api.lastText(son.id).includes("Bấm «Xác nhận nhập»"));
    const id = (tg.test.app.db.$client.prepare("select id from file_imports").get() as { id: number }).id;
    api.sendDocument(lan, "cua-toi.xlsx", await xlsx(CLEAN));
    // updates of a chat are handled in order: once /help is answered, the file was handled (silently)
    api.sendText(lan, "/help");
    await api.waitFor(() => api.chat(lan.id).length > 0);
    expect(
      api
        .chat(lan.id)
        .map((m) => m.text)
        .join("\n"),
    ).not.toContain("cua-toi.xlsx");
    expect(api.downloads).toBe(1);
    api.pushUpdate({
      callback_query: {
        id: "forged",
        from: { is_bot: false, ...lan },
        chat_instance: "ci",
        data: `import:ok:${id}`,
        message: { message_id: 1, date: 0, chat: { id: lan.id, type: "private" } },
      },
    });
    await api.waitFor(() => api.lastText(lan.id).includes("Bạn không có quyền"));
    expect(entries()).toBe(0);
  });

  it("takes a roster from the secretary without roles, and roles only from an admin", async () => {
    const { api } = tg;
    const roster = (role: string) => new TextEncoder().encode(`full_name,unit,roles\nLê Văn Mới,${`"${TO_CHUC}"`},${role}\n`);
    api.sendDocument(son, "nhan-su.csv", roster("secretary"));
    await api.waitFor(() => api.lastText(son.id).includes("Chưa có gì được lưu"));
    expect(
      api
        .chat(son.id)
        .map((m) => m.text)
        .join("\n"),
    ).toContain("Dòng 2: chỉ quản trị viên được giao vai trò bằng tệp");
    api.sendDocument(hoa, "nhan-su.csv", roster("secretary"));
    await api.waitFor(() => api.lastText(hoa.id).includes("Bấm «Xác nhận nhập»"));
    expect(api.lastText(hoa.id)).toContain("(danh sách cán bộ): 1 người mới, 0 thay đổi");
    api.pressLabel(hoa, hoa.id, "Xác nhận nhập");
    await api.waitFor(() => api.lastText(hoa.id).includes("Đã lưu tệp «nhan-su.csv»"));
    expect(tg.test.app.services.directory.findOnePerson("Lê Văn Mới").roles.sort()).toEqual(["secretary", "staff"]);
    const audit = tg.test.app.db.$client.prepare("select actor_person_id from audit_log where action = 'roster.person-created'").get();
    expect(audit).toEqual({ actor_person_id: tg.test.app.services.directory.findOnePerson("Trần Thị Hoa").id });
  });

  it("answers a file it cannot read, or one too large to fetch, in words, and saves nothing", async () => {
    const { api } = tg;
    api.sendDocument(son, "ho-so.xlsx", new TextEncoder().encode("not a workbook at all"));
    await api.waitFor(() => api.lastText(son.id).includes("Không đọc được tệp «ho-so.xlsx»"));
    api.sendDocument(son, "anh-chup.jpg", new Uint8Array([0xff, 0xd8, 0xff]));
    await api.waitFor(() => api.lastText(son.id).includes("không phải Excel (.xlsx) hay CSV"));
    // Telegram says the size before any byte is fetched: a 30 MB file is refused without downloading it
    api.pushUpdate({
      message: {
        message_id: 9001,
        date: Math.floor(Date.now() / 1000),
        chat: { id: son.id, type: "private", first_name: son.first_name },
        from: { is_bot: false, ...son },
        document: { file_id: "huge", file_unique_id: "u-huge", file_name: "ho-so-lon.csv", file_size: 30 * 1024 * 1024 },
      },
    });
    await api.waitFor(() => api.lastText(son.id).includes("tối đa 20 MB"));
    expect(api.downloads).toBe(2);
    expect(entries()).toBe(0);
  });
});
