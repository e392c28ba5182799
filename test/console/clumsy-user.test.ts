// A clumsy user scripted in the terminal (issue 31): stray numbers, typed lists, a commitment sent in two messages,
// «Huỷ» reached by habit, numbers no longer on screen. Every form ends either saved as meant or still open, with
// nothing saved that was not meant: read back from the database file afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runConsole } from "../support/console-process";

const dir = mkdtempSync(join(tmpdir(), "thidua-clumsy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a clumsy user in the terminal", () => {
  it("ends with every form saved as meant or still open", () => {
    const { stdout, status } = runConsole(dir, [
      "/demo",
      "/as Vũ Thị Lan",
      "/pledge",
      "1, 2", // a typed list: both ticked, and the form waits for «Xong»
      "2", // the second title again: unticked
      "4", // «Xong»
      "4", // «Xong» typed twice by habit: a number alone is no commitment
      "Hoàn thành xuất sắc nhiệm vụ được giao", // words instead: the answer
      "Có 01 sáng kiến được công nhận", // a second message: added to the commitment
      "3", // «Huỷ» at the summary, by habit: asks first
      "2", // no, keep filling it in
      "1", // confirm
      "/as Phạm Văn Hùng",
      "/announce",
      "Họp giao ban sáng thứ Hai.",
      "9", // no such choice: the list again
      "1", // everyone
      "1", // now
      "Huỷ", // asks before dropping three answers
      "không",
      "1", // confirm
      "/as Trịnh Văn Sơn",
      "/campaign",
      "Phong trào thi đua chào mừng Đại hội",
      "3", // «Huỷ» typed as a number under a question answered in words: a number alone asks, it does not leave
      "Huỷ", // the word: asks, since an answer would be lost
      "2", // no: the campaign form stays open
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain("Đã chọn 1, 2. Gõ 4 («Xong») để tiếp tục");
    expect(stdout).toContain("Bạn muốn chọn «Xong» hay ghi «4» vào «Nội dung cam kết»?");
    expect(stdout).toContain("Đã thêm vào «Nội dung cam kết».");
    expect(stdout).toContain("Thoát biểu mẫu /pledge? 2 câu trả lời đã điền sẽ bị bỏ");
    expect(stdout).toContain("Không có lựa chọn «9». Hãy gõ một số từ 1 đến 6:");
    expect(stdout).toContain("Thoát biểu mẫu /announce? 3 câu trả lời đã điền sẽ bị bỏ");
    expect(stdout).toContain("Thoát biểu mẫu /campaign?");
    expect(stdout).not.toContain("Đã huỷ. Không có gì được lưu.");

    const db = new Database(join(dir, "thidua.sqlite"), { readonly: true });
    try {
      const pledges = db.prepare("select award_codes as titles, commitments from pledges").all();
      expect(pledges).toEqual([{ titles: '["LDTT"]', commitments: "Hoàn thành xuất sắc nhiệm vụ được giao\nCó 01 sáng kiến được công nhận" }]);
      expect(db.prepare("select text from announcements where author_id is not null").all()).toEqual([{ text: "Họp giao ban sáng thứ Hai." }]);
      // the campaign was neither launched nor dropped: its form waits, with the title typed
      const campaigns = db.prepare("select title from campaigns where title like '%Đại hội%'").all();
      expect(campaigns).toEqual([]);
      const open = db.prepare("select command, state from dialog_states").all() as Array<{ command: string; state: string }>;
      expect(open.map((d) => d.command)).toEqual(["campaign"]);
      expect(JSON.parse(open[0]?.state ?? "{}").values.title).toBe("Phong trào thi đua chào mừng Đại hội");
    } finally {
      db.close();
    }
  });
});
