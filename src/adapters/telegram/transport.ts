// Telegram deliveries of the outbox (announcements), through grammY's Api without retries of its own: the outbox
// worker waits in the platform's one pace (the same one the adapter's replies use, which go first) and records
// every outcome on its row; a 429 pauses every send of the bot, replies included.
import { Api, GrammyError, HttpError } from "grammy";
import type { Translator } from "../../kernel/ports";
import type { SendPace, SendResult, Transport } from "../../outbox/transport";
import { renderTelegramReply } from "./render";

export function createTelegramTransport(options: {
  token: string;
  apiRoot?: string;
  translator: Translator;
  botUsername: string;
  /** The bot's pace (TelegramAdapter.pace); without it the rows are sent as fast as the worker takes them. */
  pace?: SendPace;
}): Transport {
  const api = new Api(options.token, options.apiRoot ? { apiRoot: options.apiRoot } : undefined);
  return {
    platform: "telegram",
    pace: options.pace,
    async send(delivery, reply): Promise<SendResult> {
      const rendered = renderTelegramReply(reply, delivery.locale, options.translator, { botUsername: options.botUsername });
      try {
        let ref: string | null = null;
        for (const message of rendered.messages) {
          const sent = await api.sendMessage(delivery.externalId, message.html, {
            parse_mode: "HTML",
            reply_markup: message.keyboard ? { inline_keyboard: message.keyboard } : undefined,
            link_preview_options: { is_disabled: true },
          });
          ref = String(sent.message_id);
        }
        return { ok: true, ref };
      } catch (error) {
        if (error instanceof GrammyError) {
          if (error.error_code === 429) return { ok: false, kind: "rate-limited", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
          if (error.error_code === 403) return { ok: false, kind: "blocked", reason: "blocked" };
          if (error.error_code >= 500) return { ok: false, kind: "transient", reason: `http-${error.error_code}` };
          return { ok: false, kind: "rejected", reason: `http-${error.error_code}` };
        }
        if (error instanceof HttpError) return { ok: false, kind: "transient", reason: "network" };
        throw error;
      }
    },
  };
}
