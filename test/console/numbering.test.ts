// Button numbers in the terminal stay with their buttons after an action, and a number that named a button now gone
// is refused rather than pressing whatever took its place.
import { describe, expect, it } from "vitest";
import { createButtonNumbering } from "../../src/adapters/console/numbering";
import { button } from "../../src/kernel/reply";

const review = (ids: number[]) => ids.flatMap((id) => [button("btn-confirm", `review:ok:${id}`), button("btn-return", `review:back:${id}`)]);

describe("terminal button numbers", () => {
  it("keep their buttons after an action and retire the numbers of buttons that went away", () => {
    const numbering = createButtonNumbering();
    expect(numbering.assign(review([1, 2]))).toEqual([1, 2, 3, 4]);
    // pledge 1 was confirmed: pledge 2 keeps 3 and 4
    expect(numbering.assign(review([2]))).toEqual([3, 4]);
    expect(numbering.press("1")).toEqual({ kind: "gone" });
    expect(numbering.press("3")).toMatchObject({ kind: "button", button: { action: "review:ok:2" } });
    // a new pledge arriving gets a number never used on this screen
    expect(numbering.assign(review([2, 3]))).toEqual([3, 4, 5, 6]);
    expect(numbering.press("1")).toEqual({ kind: "gone" });
  });

  it("start again at 1 on a new screen, and for form questions", () => {
    const numbering = createButtonNumbering();
    numbering.assign(review([1, 2]));
    expect(numbering.assign([button("btn-yes", "f:yes"), button("btn-cancel", "f:cancel")])).toEqual([1, 2]);
    expect(numbering.assign([button("btn-done", "f:done"), button("btn-cancel", "f:cancel")])).toEqual([1, 2]);
    expect(numbering.press("1")).toMatchObject({ kind: "button", button: { action: "f:done" } });
    // a number with no button is text (a day of the month, a count)
    expect(numbering.press("15")).toEqual({ kind: "text" });
  });
});
