// One wording per platform kind: where choices are typed (the terminal, Zalo) a message says "gõ" where button
// platforms (Telegram, Slack) say "bấm". The renderers of the typing platforms read a message's typed variant
// (locales/<lang>/typed.ftl) in its place, arguments included (a question's prompt is a Text argument).
import type { Args, Text } from "../kernel/reply";

/** Message keys and their variant for typing platforms. */
export const TYPED_WORDING: Readonly<Record<string, string>> = Object.fromEntries(
  [
    "form-multichoice-hint",
    "form-summary-hint",
    "form-summary-typed",
    "form-fix",
    "error-field-choice",
    "error-field-multichoice",
    "error-choice-unknown",
    "error-multichoice-unknown",
    "form-ticked",
    "ballot-hint-complete",
    "pledge-notify-returned",
    "news-item-waiting",
    "record-hint-staff",
    "import-confirm-ask",
    "selfassess-incomplete",
  ].map((key) => [key, `typed-${key}`]),
);

/** A translator's view of a wording map: a key's variant, and the same inside a message's Text arguments. */
export function worded(wording: Readonly<Record<string, string>>) {
  const keyOf = (key: string): string => wording[key] ?? key;
  function args(values: Args): Args {
    const out: Args = {};
    for (const [name, value] of Object.entries(values)) {
      const asText = value as Text;
      out[name] =
        typeof value === "object" && value !== null && "key" in value && wording[asText.key] ? { ...asText, key: keyOf(asText.key) } : value;
    }
    return out;
  }
  return { keyOf, args: (values?: Args) => (values ? args(values) : undefined) };
}
