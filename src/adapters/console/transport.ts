// The terminal chat's "platform": a delivery to a console account is printed, so a demo shows the announcement.

import type { Reply } from "../../kernel/reply";
import type { OutboundMessage, SendResult, Transport } from "../../outbox/transport";

export function createConsoleTransport(print: (delivery: OutboundMessage, reply: Reply) => void): Transport {
  return {
    platform: "console",
    async send(delivery, reply): Promise<SendResult> {
      print(delivery, reply);
      return { ok: true, ref: null };
    },
  };
}
