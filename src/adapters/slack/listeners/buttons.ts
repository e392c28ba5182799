// Button presses: a command's action (in a DM, one that opens a form opens it as a modal), and the Home tab's
// shortcuts that run a command or open its form.
import type { App as BoltApp } from "@slack/bolt";
import type { SlackConversation } from "../conversation";
import type { SlackForms } from "../forms";
import { OPEN_FORM_ACTION, RUN_COMMAND_ACTION } from "../home";
import { ACTION_PREFIX } from "../render";

export function registerButtons(bolt: BoltApp, conversation: SlackConversation, forms: SlackForms): void {
  const { port, people, afterAck, turn } = conversation;

  bolt.action(new RegExp(`^${ACTION_PREFIX}`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const where = people.chatOf(body.user.id, body.channel?.id);
    const payload = action.value ?? "";
    const userId = body.user.id;
    const triggerId = body.trigger_id;
    // the message the button was in ("channel ts", as deliver names what it posts): its new state may be written over it
    const container = body.container as { message_ts?: string; channel_id?: string } | undefined;
    const pressedRef = container?.message_ts && container.channel_id ? `${container.channel_id} ${container.message_ts}` : undefined;
    afterAck("button", async () => {
      if (where.chatKind === "dm") {
        const opening = await port.wholeForms.action(people.requester(userId), payload);
        if (opening) {
          await forms.show(people.requester(userId), opening, triggerId, pressedRef);
          const actor = port.people.ofAccount({ platform: "slack", externalId: userId });
          if (actor) port.agenda.changed(actor.id);
          return;
        }
      }
      await turn(userId, where, { action: payload, ...(pressedRef ? { pressedRef } : {}) });
    });
  });

  bolt.action(new RegExp(`^${RUN_COMMAND_ACTION}_`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const userId = body.user.id;
    afterAck("home command", () => turn(userId, people.chatOf(userId, undefined), { text: `/${action.value}` }));
  });

  bolt.action(new RegExp(`^${OPEN_FORM_ACTION}_`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    afterAck("open form", () => forms.open(body.user.id, action.value ?? "", body.trigger_id));
  });
}
