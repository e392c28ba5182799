// The guide's transcripts are cut from real session output: a block is filled with exactly the lines of the input
// range asked for, long runs of notices are cut, and the prose between two blocks is never touched.
import { describe, expect, it } from "vitest";
import { fillTranscripts, transcript } from "../../scripts/transcripts";

const OUTPUT = [
  "thidua-bot — banner",
  "> /demo",
  "Đã tạo tổ chức mẫu.",
  "> /announce",
  "  ✉ Gửi tới A: tin",
  "    [1] Đã nắm",
  "  ✉ Gửi tới B: tin",
  "    [1] Đã nắm",
  "  ✉ Gửi tới C: tin",
  "Đang gửi tới 3 người nhận.",
  "> /news",
  "Không có thông báo.",
].join("\n");

describe("transcripts", () => {
  it("cuts the lines of an input range, prompts included", () => {
    expect(transcript(OUTPUT, { session: "s", from: 1, to: 1 })).toBe("> /demo\nĐã tạo tổ chức mẫu.");
    expect(transcript(OUTPUT, { session: "s", from: 3, to: 3 })).toBe("> /news\nKhông có thông báo.");
  });

  it("keeps the first notices of a run and marks the rest", () => {
    expect(transcript(OUTPUT, { session: "s", from: 2, to: 2, notices: 1 })).toBe(
      "> /announce\n  ✉ Gửi tới A: tin\n    [1] Đã nắm\n  […]\nĐang gửi tới 3 người nhận.",
    );
  });

  it("refuses a range the session does not have", () => {
    expect(() => transcript(OUTPUT, { session: "s", from: 2, to: 9 })).toThrow(/no input lines 2-9/);
  });

  it("fills empty and filled blocks and leaves the prose between them alone", () => {
    const page = [
      "Trước.",
      "<!-- transcript: s 1-1 -->",
      "```text",
      "```",
      "Giữa hai khối.",
      "<!-- transcript: s 3-3 -->",
      "```text",
      "cũ",
      "```",
      "Sau.",
    ].join("\n");
    const filled = fillTranscripts(page, () => OUTPUT);
    expect(filled).toBe(
      [
        "Trước.",
        "<!-- transcript: s 1-1 -->",
        "```text",
        "> /demo",
        "Đã tạo tổ chức mẫu.",
        "```",
        "Giữa hai khối.",
        "<!-- transcript: s 3-3 -->",
        "```text",
        "> /news",
        "Không có thông báo.",
        "```",
        "Sau.",
      ].join("\n"),
    );
    expect(fillTranscripts(filled, () => OUTPUT)).toBe(filled);
  });
});
