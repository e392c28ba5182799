// What the inbound limits say to people, on every platform: the "slow down" notice, and the ration
// on the stranger's hint (the dispatcher answers every plain message of someone it does not know with it).
import { type Reply, say } from "../../kernel/reply";
import type { InboundGate } from "./inbound-gate";

/** The key the dispatcher answers strangers' plain messages with. */
const STRANGER_HINT = "hint-unknown-user";

/** Told once per window to a chat whose updates are being dropped. */
export const slowDownNotice = (): Reply => say("pace-slow-down");

function isStrangerHint(reply: Reply): boolean {
  const [block] = reply.blocks;
  return reply.blocks.length === 1 && block?.type === "paragraph" && block.text.key === STRANGER_HINT;
}

/** The replies without the stranger's hint when this sender was already given it within the hour. */
export function rationStrangerHint(gate: InboundGate, sender: string, replies: Reply[]): Reply[] {
  if (!replies.some(isStrangerHint)) return replies;
  return gate.strangerHint(sender) ? replies : replies.filter((r) => !isStrangerHint(r));
}
