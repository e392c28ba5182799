// Files that come in: a workbook that unpacks to far more than it weighs is refused before exceljs reads it; an
// anonymous case keeps no Zalo photo address (which may identify the sender), in the tables or anywhere in the files.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterEach, describe, expect, it } from "vitest";
import { ROSTER_MAX_INFLATED_BYTES, readRosterFile } from "../../src/roster/read";
import { createTestApp, type TestApp } from "../support/harness";
import { hexId } from "../support/zalo-api";
import { startZaloTest, ZALO_USERS, type ZaloTest } from "../support/zalo-harness";

let test: TestApp | null = null;
let z: ZaloTest | null = null;
afterEach(async () => {
  test?.close();
  test = null;
  await z?.close();
  z = null;
});

describe("an XLSX roster", () => {
  it("is refused, in one sentence, when it unpacks past the cap, however small the file", async () => {
    test = createTestApp({ seedDemo: false });
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file("xl/worksheets/sheet1.xml", " ".repeat(ROSTER_MAX_INFLATED_BYTES + 1024));
    const path = join(test.dir, "bomb.xlsx");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
    expect(readFileSync(path).length).toBeLessThan(1024 * 1024);
    await expect(readRosterFile(path)).rejects.toThrow(/unpacks to more than 48 MB/);
  });
});

describe("an anonymous case on Zalo", () => {
  it("keeps no photo address, says so in the receipt, and the address is nowhere in the database files", async () => {
    z = await startZaloTest();
    const { stranger } = ZALO_USERS;
    await z.say(stranger, "/complain");
    await z.say(stranger, "3");
    const photo = "https://photo-talk.zadn.vn/jpg/uid-7f3a9c-upload.jpg";
    const before = z.api.sent(stranger.id).length;
    z.api.deliver({
      event_name: "message.image.received",
      message: {
        message_id: hexId(),
        date: Date.now(),
        chat: { id: stranger.id, chat_type: "PRIVATE" },
        from: { id: stranger.id, is_bot: false },
        photo_url: photo,
      },
    });
    await z.api.waitFor(() => z?.api.sent(stranger.id).length !== before);
    await z.say(stranger, "Bảng chấm điểm thi đua của phòng bị sửa sau khi họp xét.");
    await z.say(stranger, "2");
    const receipt = await z.say(stranger, "1");
    expect(receipt).toContain("Mã biên nhận");
    expect(receipt).toContain("1 ảnh gửi kèm không được lưu");
    const db = z.test.app.db.$client;
    expect(db.prepare("select count(*) from case_files").pluck().get()).toBe(0);
    const url = z.test.databaseUrl;
    const bytes = Buffer.concat([readFileSync(url), existsSync(`${url}-wal`) ? readFileSync(`${url}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from("uid-7f3a9c"))).toBe(false);
  });
});
