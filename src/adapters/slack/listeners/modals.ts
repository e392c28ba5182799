// A modal's life: a choice that other fields depend on refreshes the view; Next checks the answers (errors next to
// their fields) and pushes the summary; Confirm runs the command and posts the result to the DM, or turns back into
// the form with every answer kept when the core refuses something the person can fix.
import type { App as BoltApp } from "@slack/bolt";
import { type Args, say } from "../../../kernel/reply";
import type { SlackConversation } from "../conversation";
import type { SlackForms } from "../forms";
import {
  CONFIRM_CALLBACK,
  confirmModal,
  FORM_CALLBACK,
  type FormMetadata,
  type ModalState,
  parseMetadata,
  REFRESH_ACTION,
  readModalState,
} from "../modal";

/** How long Confirm waits for the command before closing the view; Slack allows 3 s for the answer. */
const ANSWER_WITHIN_MS = 2000;

export function registerModals(bolt: BoltApp, conversation: SlackConversation, forms: SlackForms): void {
  const { port, client, people, reply, afterAck } = conversation;
  const { translator, wholeForms } = port;

  bolt.action(REFRESH_ACTION, async ({ body, ack }) => {
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = body.view;
    const metadata = parseMetadata<FormMetadata>(view.private_metadata);
    if (!metadata) return;
    const who = people.requester(body.user.id);
    const raw = readModalState(view.state as ModalState, wholeForms.allFields(metadata.c));
    const fields = wholeForms.redescribe(who, metadata.c, { ...metadata.v, ...raw });
    const next = forms.formView(wholeForms.localeFor(who), fields, metadata);
    afterAck("refresh form", async () => {
      await client.views.update({ view_id: view.id, hash: view.hash, view: next as never });
    });
  });

  bolt.view(FORM_CALLBACK, async ({ body, view, ack }) => {
    const metadata = parseMetadata<FormMetadata>(view.private_metadata);
    const userId = body.user.id;
    if (!metadata) {
      await ack({ response_action: "clear" });
      return;
    }
    const who = people.requester(userId);
    // every field the form may show: some appear only after an answer (titles once a pledge deadline is set)
    const raw = readModalState(view.state as ModalState, wholeForms.allFields(metadata.c));
    const checked = await wholeForms.check(who, metadata.c, raw, metadata.v);
    const tr = (key: string, args?: Args) => translator.t(checked.locale, key, args);
    if (checked.kind === "errors") {
      const errors = Object.fromEntries(Object.entries(checked.errors).map(([field, message]) => [field, tr(message.key, message.args)]));
      await ack({ response_action: "errors", errors });
      return;
    }
    if (checked.kind === "replies") {
      await ack({ response_action: "clear" });
      afterAck("form refused", () => reply(userId, checked.replies, checked.locale));
      return;
    }
    const confirm = confirmModal(
      {
        title: tr("slack-modal-title"),
        submit: tr("btn-confirm"),
        close: tr("btn-back"),
        summary: checked.summary,
        token: checked.token,
        command: metadata.c,
      },
      tr,
    );
    await ack({ response_action: "push", view: confirm as never });
  });

  bolt.view(CONFIRM_CALLBACK, async ({ body, view, ack }) => {
    const metadata = parseMetadata<{ c: string; k: string }>(view.private_metadata);
    const userId = body.user.id;
    if (!metadata) {
      await ack({ response_action: "clear" });
      return;
    }
    // a refusal the person can fix comes back at once (the core refuses before it writes or notifies) and turns this
    // view back into the form, every answer kept and the reason next to its field; a success that is still telling
    // people (notifications go out before the command returns) is answered after the view closes, within Slack's 3 s
    const submitting = wholeForms.submit(people.requester(userId), metadata.k);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ANSWER_WITHIN_MS);
    });
    const quick = await Promise.race([submitting, late]).finally(() => clearTimeout(timer));
    if (quick?.kind === "form") {
      await ack({ response_action: "update", view: forms.viewOf(quick) as never });
      return;
    }
    await ack({ response_action: "clear" });
    afterAck("form submit", async () => {
      const result = quick ?? (await submitting);
      // refused after the view had to close (rare): the reasons go to the DM instead
      const replies = result.kind === "form" ? Object.values(result.errors ?? {}).map((message) => say(message.key, message.args)) : result.replies;
      await reply(userId, replies, result.locale);
      const actor = result.kind === "done" ? result.actor : null;
      if (actor) port.agenda.changed(actor.id);
    });
  });
}
