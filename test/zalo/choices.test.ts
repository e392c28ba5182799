// What a typed line presses in a Zalo chat: numbers answer the latest reply, words reach recent announcements
// too, a form's buttons only while their question is asked, and nothing crosses chats.
import { describe, expect, it } from "vitest";
import { createChoiceMemory } from "../../src/adapters/zalo/choices";

const form = [
  { number: 1, label: "Lao động tiên tiến", action: "f:tick:0" },
  { number: 2, label: "Xong", action: "f:done" },
];
const announcement = [{ number: 1, label: "Đã nắm", action: "news:ack:7" }];

describe("choices typed on Zalo", () => {
  it("keeps a form's numbers when an announcement arrives during it, and lets its words acknowledge", () => {
    const memory = createChoiceMemory();
    memory.offer("a", form);
    memory.offer("a", announcement, { behind: true });
    expect(memory.press("a", "1")).toBe("f:tick:0");
    expect(memory.press("a", "2.")).toBe("f:done");
    expect(memory.press("a", "da nam")).toBe("news:ack:7");
    expect(memory.press("a", "«Đã nắm»")).toBe("news:ack:7");
    expect(memory.press("b", "1")).toBeNull();
  });

  it("forgets numbers at the next answer, and never presses an old form button by word", () => {
    const memory = createChoiceMemory();
    memory.offer("a", form);
    memory.clear("a");
    memory.offer("a", [{ number: null, label: "Huỷ", action: "f:cancel" }]);
    expect(memory.press("a", "1")).toBeNull();
    expect(memory.press("a", "Xong")).toBeNull();
    expect(memory.press("a", "huy")).toBe("f:cancel");
    expect(memory.press("a", "✓ Lao động tiên tiến")).toBeNull();
  });

  it("takes the start of a label when only one label starts so", () => {
    const memory = createChoiceMemory();
    memory.offer("a", [
      { number: 1, label: "Xác nhận số 1", action: "review:ok:1" },
      { number: 2, label: "Trả lại số 1", action: "review:return:1" },
      { number: 3, label: "Trả lời", action: "x:y:1" },
    ]);
    expect(memory.press("a", "xác nhận")).toBe("review:ok:1");
    expect(memory.press("a", "Trả")).toBeNull();
    expect(memory.press("a", "xa")).toBeNull();
  });
});
