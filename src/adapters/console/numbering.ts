// Numbers for buttons in the terminal, where a button is pressed by typing its number. After an action the list
// is shown again; a button still offered keeps its number, and a number that meant something else is not reused,
// so a number typed out of habit cannot press a different button (confirm pledge 2 instead of pledge 1).
import type { Button } from "../../kernel/reply";

/** Form buttons ("f:…") mean the same by position on every question, so they never tie one screen to the next. */
const isFormButton = (button: Button) => button.action.startsWith("f:");

export type NumberedPress = { kind: "button"; button: Button } | { kind: "gone" } | { kind: "text" };

export function createButtonNumbering() {
  let offered = new Map<number, Button>();
  let retired = new Set<number>();

  return {
    /** Numbers the buttons of the latest replies; returns one number per button, in order (0: offered by word only). */
    assign(all: Button[]): number[] {
      const buttons = all.filter((b) => !b.byWord);
      const numbered = numberThese(buttons);
      let next = 0;
      return all.map((b) => (b.byWord ? 0 : (numbered[next++] as number)));
    },

    /** What a typed line means: a button, a number no longer on screen, or text. */
    press(line: string): NumberedPress {
      if (!/^\d{1,3}$/.test(line)) return { kind: "text" };
      const button = offered.get(Number(line));
      if (button) return { kind: "button", button };
      return retired.has(Number(line)) ? { kind: "gone" } : { kind: "text" };
    },
  };

  function numberThese(buttons: Button[]): number[] {
    const before = new Map([...offered].map(([n, b]) => [b.action, n]));
    const continues = buttons.some((b) => !isFormButton(b) && before.has(b.action));
    const next = new Map<number, Button>();
    const numbers = buttons.map(() => 0);
    if (continues) {
      // the same screen after an action: kept buttons keep their numbers, new ones come after every old number
      buttons.forEach((b, i) => {
        const kept = before.get(b.action);
        if (kept !== undefined && !next.has(kept)) {
          next.set(kept, b);
          numbers[i] = kept;
        }
      });
      let free = Math.max(0, ...before.values(), ...retired) + 1;
      buttons.forEach((b, i) => {
        if (numbers[i] !== 0) return;
        next.set(free, b);
        numbers[i] = free++;
      });
      retired = new Set([...retired, ...[...offered.keys()].filter((n) => !next.has(n))]);
    } else {
      buttons.forEach((b, i) => {
        next.set(i + 1, b);
        numbers[i] = i + 1;
      });
      retired = new Set();
    }
    offered = next;
    return numbers;
  }
}
