// Telegram's side of the conversation loop: a reply rendered as HTML messages, pictures and files, a form's next
// question written over the question whose button was pressed, messages deleted on request, and what a failed call
// means (403: the person blocked the bot). Every call goes through the bot's Api, hence through its one pace.
import { type Api, GrammyError, HttpError, InputFile } from "grammy";
import type { ConversationPlatform } from "../../engine/conversation/platform";
import type { Translator } from "../../kernel/ports";
import { planTelegramPicture } from "./pictures";
import { renderTelegramReply, type TelegramMessage } from "./render";

const markup = (message: TelegramMessage) => (message.keyboard ? { inline_keyboard: message.keyboard } : undefined);

export function telegramDelivery(api: Api, translator: Translator, botUsername: () => string): ConversationPlatform {
  async function send(chatId: number, message: TelegramMessage): Promise<number> {
    const sent = await api.sendMessage(chatId, message.html, {
      parse_mode: "HTML",
      reply_markup: markup(message),
      link_preview_options: { is_disabled: true },
    });
    return sent.message_id;
  }

  /** A form's next question replaces the question just answered (so the chat is not flooded), a pressed notice its new state. */
  async function editOrSend(chatId: number, messageId: number, message: TelegramMessage): Promise<number> {
    try {
      await api.editMessageText(chatId, messageId, message.html, {
        parse_mode: "HTML",
        reply_markup: markup(message),
        link_preview_options: { is_disabled: true },
      });
      return messageId;
    } catch (error) {
      // "message is not modified" (the same question again) needs nothing; a message too old to edit gets a new one
      if (error instanceof GrammyError && error.error_code === 400)
        return /not modified/i.test(error.description) ? messageId : send(chatId, message);
      throw error;
    }
  }

  return {
    platform: "telegram",
    botUsername,
    async deliver(to, reply, locale, options) {
      const chatId = Number(to.chatId);
      const rendered = renderTelegramReply(reply, locale, translator, { botUsername: botUsername() });
      const ids: number[] = [];
      const [first, ...rest] = rendered.messages;
      if (first && options.replaces && (rendered.formStep || reply.updates) && rest.length === 0) {
        ids.push(await editOrSend(chatId, Number(options.replaces), first));
      } else {
        for (const message of rendered.messages) ids.push(await send(chatId, message));
      }
      for (const { fileName, picture } of rendered.pictures) {
        const plan = planTelegramPicture(picture);
        const file = new InputFile(await picture.png(plan.scale), fileName);
        ids.push((plan.as === "photo" ? await api.sendPhoto(chatId, file) : await api.sendDocument(chatId, file)).message_id);
      }
      for (const file of rendered.files) ids.push((await api.sendDocument(chatId, new InputFile(file.data, file.fileName))).message_id);
      // a file already on Telegram is sent again by its id alone: no caption, nothing of the message it came in
      for (const fileId of rendered.fileIds) ids.push((await api.sendDocument(chatId, fileId)).message_id);
      return ids.map(String);
    },
    async remove(chatId, refs) {
      for (const ref of refs) await api.deleteMessage(Number(chatId), Number(ref)).catch(() => undefined);
    },
    // grammY's errors carry the update and the context, and with them people's words: only their kind is told
    failure: (error) => ({
      unreachable: error instanceof GrammyError && error.error_code === 403,
      fields: {
        errorName: error instanceof Error ? error.name : typeof error,
        method: error instanceof GrammyError ? error.method : undefined,
        code: error instanceof GrammyError ? error.error_code : undefined,
        network: error instanceof HttpError ? true : undefined,
      },
    }),
  };
}
