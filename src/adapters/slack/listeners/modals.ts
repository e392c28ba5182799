// A modal's life: a choice that other fields depend on refreshes the view; Next checks the answers (errors next to
// their fields) and pushes the summary; Confirm runs the command and posts the result to the DM.
import type { App as BoltApp } from "@slack/bolt";
import type { Args } from "../../../core/reply";
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

export function registerModals(bolt: BoltApp, conversation: SlackConversation, forms: SlackForms): void {
  const { port, client, people, sender, afterAck } = conversation;
  const { services, wholeForms } = port;

  bolt.action(REFRESH_ACTION, async ({ body, ack }) => {
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = body.view;
    const metadata = parseMetadata<FormMetadata>(view.private_metadata);
    if (!metadata) return;
    const who = people.requester(body.user.id);
    const before = wholeForms.redescribe(who, metadata.c, metadata.v);
    const raw = readModalState(
      view.state as ModalState,
      before.map((d) => d.field),
    );
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
    const fields = wholeForms.redescribe(who, metadata.c, metadata.v).map((d) => d.field);
    let raw = readModalState(view.state as ModalState, fields);
    // fields that earlier answers brought in (a refresh showed them) are read too, until no new field appears
    const seen = new Set(fields.map((f) => f.name));
    for (;;) {
      const shown = wholeForms.redescribe(who, metadata.c, { ...metadata.v, ...raw }).map((d) => d.field);
      const fresh = shown.filter((f) => !seen.has(f.name));
      if (fresh.length === 0) break;
      for (const f of fresh) seen.add(f.name);
      raw = { ...raw, ...readModalState(view.state as ModalState, fresh) };
    }
    const checked = wholeForms.check(who, metadata.c, raw, metadata.v);
    const tr = (key: string, args?: Args) => services.translator.t(checked.locale, key, args);
    if (checked.kind === "errors") {
      const errors = Object.fromEntries(Object.entries(checked.errors).map(([field, message]) => [field, tr(message.key, message.args)]));
      await ack({ response_action: "errors", errors });
      return;
    }
    if (checked.kind === "replies") {
      await ack({ response_action: "clear" });
      afterAck("form refused", () => sender.postReplies({ userId, channel: null }, checked.replies, checked.locale));
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
    await ack({ response_action: "clear" });
    const metadata = parseMetadata<{ c: string; k: string }>(view.private_metadata);
    const userId = body.user.id;
    if (!metadata) return;
    afterAck("form submit", async () => {
      const result = await wholeForms.submit(people.requester(userId), metadata.k);
      await sender.postReplies({ userId, channel: null }, result.replies, result.locale);
      if (result.actor) services.agenda.changed(result.actor.id);
    });
  });
}
