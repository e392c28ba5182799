// A greeting typed on its own ("Xin chào", "chào bot", "Hello!"): the first thing people write to a bot, answered
// with a short greeting rather than "not understood".
import { foldText } from "../kernel/text";

const GREETING = /^(xin chao|chao|kinh chao|hello|hi|hey|alo|a lo|good (morning|afternoon|evening))( |$)/;
/** Longer than this, it is a message that starts politely, not a greeting. */
const MAX_WORDS = 6;

export function isGreeting(typed: string): boolean {
  const folded = foldText(typed.replace(/[^\p{L}\p{N}\s]/gu, " "));
  return folded !== "" && folded.split(" ").length <= MAX_WORDS && GREETING.test(folded);
}
