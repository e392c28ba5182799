// Forms as modals: opening a command's form (from /thidua, a Home shortcut or a button), and the modal view built
// from the core's described fields. Validation, drafts and running the command stay in the core (whole-form.ts).

import type { DescribedField, FormOpening, FormRequester, OpenForm } from "../../engine/whole-form";
import type { Locale } from "../../kernel/locale";
import type { Args, Text } from "../../kernel/reply";
import type { SlackConversation } from "./conversation";
import { type FormMetadata, formModal } from "./modal";

export type SlackForms = ReturnType<typeof createSlackForms>;

export function createSlackForms(conversation: SlackConversation) {
  const { port, client, people, reply } = conversation;
  const { translator, registry, wholeForms } = port;

  function formView(locale: Locale, fields: DescribedField[], metadata: FormMetadata, errors?: Record<string, Text>) {
    const tr = (key: string, args?: Args) => translator.t(locale, key, args);
    const description = registry.find(metadata.c)?.description;
    return formModal(
      {
        title: tr("slack-modal-title"),
        heading: description ? tr(description) : "",
        submit: tr("slack-modal-next"),
        close: tr("btn-cancel"),
        fields,
        metadata,
        errors: Object.fromEntries(Object.entries(errors ?? {}).map(([field, message]) => [field, tr(message.key, message.args)])),
      },
      tr,
    );
  }

  /** Shows what opening a form gave: the modal, or replies in the DM (not allowed, nothing to do…). */
  async function show(who: FormRequester, opening: FormOpening, triggerId: string, pressedRef?: string): Promise<void> {
    if (opening.kind === "replies") {
      await reply(who.userId, opening.replies, opening.locale, pressedRef);
      return;
    }
    await client.views.open({ trigger_id: triggerId, view: viewOf(opening) as never });
  }

  /** A form's modal; values not shown as inputs (the pledge being edited) travel in its metadata. */
  function viewOf(opening: OpenForm) {
    const shown = new Set(opening.fields.map((f) => f.field.name));
    const carried = Object.fromEntries(Object.entries(opening.values).filter(([name]) => !shown.has(name)));
    return formView(opening.locale, opening.fields, { c: opening.command, v: carried }, opening.errors);
  }

  async function open(userId: string, command: string, triggerId: string, initial: Record<string, unknown> = {}): Promise<void> {
    await people.learnLanguage(userId);
    const who = people.requester(userId);
    await show(who, wholeForms.open(who, command, initial), triggerId);
  }

  return { formView, viewOf, show, open };
}
