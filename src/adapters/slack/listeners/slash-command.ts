// /thidua <command> [args]: a command with a form and no arguments opens its modal; anything else runs in chat.
import type { App as BoltApp } from "@slack/bolt";
import type { SlackConversation } from "../conversation";
import type { SlackForms } from "../forms";
import { unescapeSlackText } from "../render";

export const SLASH_COMMAND = "/thidua";

export function registerSlashCommand(bolt: BoltApp, conversation: SlackConversation, forms: SlackForms): void {
  const { port, people, afterAck, turn } = conversation;
  bolt.command(SLASH_COMMAND, async ({ command, ack }) => {
    await ack();
    // Slack escapes &, < and > in what people type, in commands as in messages
    const typed = unescapeSlackText(command.text).normalize("NFC").trim();
    const [sub = "help", ...rest] = typed === "" ? ["help"] : typed.split(/\s+/);
    const args = rest.join(" ");
    const where = people.chatOf(command.user_id, command.channel_id);
    const name = port.registry.find(sub.toLowerCase())?.name;
    afterAck("command", async () => {
      if (name && args === "" && port.wholeForms.hasForm(name)) {
        // the name as typed: an alias may imply an answer (/thidua tocao is a denunciation)
        await forms.open(command.user_id, sub.toLowerCase(), command.trigger_id);
        return;
      }
      await turn(command.user_id, where, { text: `/${sub}${args ? ` ${args}` : ""}` });
    });
  });
}
