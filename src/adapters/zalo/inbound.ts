// Zalo events → one plain shape. Webhook bodies come with the `{ok, result}` envelope or bare, the sender's name
// under `display_name`, `name` or `first_name`, ids as strings and dates in milliseconds (ZALO.md): all accepted.
import { z } from "zod";

const sender = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  display_name: z.string().optional(),
  name: z.string().optional(),
  first_name: z.string().optional(),
  is_bot: z.boolean().optional(),
});

const message = z.looseObject({
  message_id: z.union([z.string(), z.number()]).transform(String),
  date: z.coerce.number().optional(),
  chat: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String), chat_type: z.string().optional() }),
  from: sender,
  text: z.string().optional(),
  photo_url: z.string().optional(),
  caption: z.string().optional(),
});

const event = z.looseObject({ event_name: z.string(), message });

export interface ZaloEvent {
  name: string;
  messageId: string;
  /** When the person sent it (the platform's milliseconds). */
  date: Date | null;
  chatId: string;
  chatKind: "dm" | "group";
  userId: string;
  /** The name Zalo shows, whichever field carried it. */
  displayName: string | null;
  isBot: boolean;
  text: string | null;
  photoUrl: string | null;
}

/** Reads one event from a getUpdates result or a webhook body; null when it is not an event we can read. */
export function parseZaloEvent(body: unknown): ZaloEvent | null {
  const unwrapped = isEnvelope(body) ? body.result : body;
  const parsed = event.safeParse(unwrapped);
  if (!parsed.success) return null;
  const { event_name, message: m } = parsed.data;
  const text = m.text ?? m.caption ?? null;
  return {
    name: event_name,
    messageId: m.message_id,
    date: m.date !== undefined && Number.isFinite(m.date) ? new Date(m.date) : null,
    chatId: m.chat.id,
    chatKind: (m.chat.chat_type ?? "PRIVATE").toUpperCase() === "PRIVATE" ? "dm" : "group",
    userId: m.from.id,
    displayName: m.from.display_name ?? m.from.name ?? m.from.first_name ?? null,
    isBot: m.from.is_bot === true,
    text: text === null ? null : text.normalize("NFC"),
    photoUrl: m.photo_url ?? null,
  };
}

function isEnvelope(body: unknown): body is { ok: boolean; result: unknown } {
  return typeof body === "object" && body !== null && "ok" in body && "result" in body;
}
