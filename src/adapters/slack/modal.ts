// Forms as Slack modals: every field at once, built from the form declaration; the answers read back as raw values.

import type { DescribedField } from "../../engine/whole-form";
import type { Args, Reply, Text } from "../../kernel/reply";
import { SLACK_LIMITS } from "./limits";
import { escapeMrkdwn, plain, renderContent, type SlackBlock, truncate } from "./render";

export const FORM_CALLBACK = "thidua_form";
export const CONFIRM_CALLBACK = "thidua_confirm";
/** A choice that other fields depend on reports changes at once, so their choices can be refreshed. */
export const REFRESH_ACTION = "form_refresh";
const VALUE_ACTION = "v";
const MAX_OPTIONS = SLACK_LIMITS.optionsPerSelect;
const CHECKBOX_MAX = SLACK_LIMITS.optionsPerCheckboxes;
const OPTION_TEXT_MAX = SLACK_LIMITS.optionText;

type T = (key: string, args?: Args) => string;

/** What a form modal carries between Slack and us: the command and values not shown as inputs (e.g. the pledge id). */
export interface FormMetadata {
  c: string;
  v: Record<string, unknown>;
}

export interface ModalState {
  values: Record<
    string,
    Record<
      string,
      {
        type?: string;
        value?: string | null;
        selected_option?: { value: string } | null;
        selected_options?: Array<{ value: string }>;
        selected_date?: string | null;
      }
    >
  >;
}

function option(value: string, label: string) {
  return { text: plain(label, OPTION_TEXT_MAX), value };
}

function inputFor(described: DescribedField, t: T): SlackBlock {
  const { field, choices, value } = described;
  const label = (c: { label: Text }) => t(c.label.key, c.label.args);
  let element: SlackBlock;
  let dispatch = false;
  switch (field.kind) {
    case "choice":
    case "unit": {
      const options = choices.slice(0, MAX_OPTIONS).map((c) => option(c.value, label(c)));
      const initial = options.find((o) => value !== undefined && value !== null && o.value === String(value));
      element = { type: "static_select", action_id: REFRESH_ACTION, options, ...(initial ? { initial_option: initial } : {}) };
      dispatch = true;
      break;
    }
    case "multichoice": {
      const options = choices.slice(0, MAX_OPTIONS).map((c) => option(c.value, label(c)));
      const picked = Array.isArray(value) ? value.map(String) : [];
      const initial = options.filter((o) => picked.includes(o.value));
      const type = options.length <= CHECKBOX_MAX ? "checkboxes" : "multi_static_select";
      element = { type, action_id: VALUE_ACTION, options, ...(initial.length > 0 ? { initial_options: initial } : {}) };
      break;
    }
    case "date":
      // a date may decide which fields follow (titles once a pledge deadline is set): report it at once too
      element = { type: "datepicker", action_id: REFRESH_ACTION, ...(typeof value === "string" ? { initial_date: value.slice(0, 10) } : {}) };
      dispatch = true;
      break;
    case "confirm": {
      const options = [option("yes", t("btn-yes")), option("no", t("btn-no"))];
      const initial = value === true ? options[0] : value === false ? options[1] : undefined;
      element = { type: "radio_buttons", action_id: REFRESH_ACTION, options, ...(initial ? { initial_option: initial } : {}) };
      dispatch = true;
      break;
    }
    default: {
      const max = field.maxLength ?? (field.kind === "longtext" ? 2000 : 200);
      element = {
        type: "plain_text_input",
        action_id: VALUE_ACTION,
        multiline: field.kind === "longtext",
        // Slack counts UTF-16 units; our limit counts what people see, so leave the exact check to the core
        max_length: Math.min(SLACK_LIMITS.inputText, max * 2),
        ...(typeof value === "string" && value !== "" ? { initial_value: value } : {}),
      };
    }
  }
  return {
    type: "input",
    block_id: field.name,
    optional: Boolean(field.optional),
    ...(dispatch ? { dispatch_action: true } : {}),
    label: plain(t(field.title)),
    hint: plain(t(field.prompt)),
    element,
  };
}

/** A refusal shown under its field when a form comes back from Confirm (Slack's own errors need a submission). */
function fieldError(message: string): SlackBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(`⚠️ ${escapeMrkdwn(message)}`, 3000) }] };
}

export function formModal(
  input: {
    title: string;
    heading: string;
    submit: string;
    close: string;
    fields: DescribedField[];
    metadata: FormMetadata;
    /** Translated messages by field name; "" for the form as a whole. */
    errors?: Record<string, string>;
  },
  t: T,
) {
  const errors = input.errors ?? {};
  const general = errors[""];
  return {
    type: "modal",
    callback_id: FORM_CALLBACK,
    private_metadata: JSON.stringify(input.metadata),
    title: plain(input.title, SLACK_LIMITS.modalLabel),
    submit: plain(input.submit, SLACK_LIMITS.modalLabel),
    close: plain(input.close, SLACK_LIMITS.modalLabel),
    blocks: [
      // Slack refuses a section with empty text
      ...(input.heading
        ? [{ type: "section", text: { type: "mrkdwn", text: truncate(escapeMrkdwn(input.heading), SLACK_LIMITS.sectionText) } }]
        : []),
      ...(general ? [fieldError(general)] : []),
      ...input.fields.flatMap((f) => {
        const error = errors[f.field.name];
        return error ? [inputFor(f, t), fieldError(error)] : [inputFor(f, t)];
      }),
    ],
  };
}

/** The summary to confirm, pushed over the form so "Back" returns to it unchanged. */
export function confirmModal(input: { title: string; submit: string; close: string; summary: Reply; token: string; command: string }, t: T) {
  // the summary's own Confirm/Edit/Cancel buttons are the modal's Submit and Back here
  const { blocks } = renderContent({ blocks: input.summary.blocks.filter((b) => b.type !== "paragraph") }, t);
  return {
    type: "modal",
    callback_id: CONFIRM_CALLBACK,
    private_metadata: JSON.stringify({ c: input.command, k: input.token }),
    title: plain(input.title, SLACK_LIMITS.modalLabel),
    submit: plain(input.submit, SLACK_LIMITS.modalLabel),
    close: plain(input.close, SLACK_LIMITS.modalLabel),
    blocks,
  };
}

/** Raw answers by field name, in the shapes the core's acceptValue takes. */
export function readModalState(state: ModalState | undefined, fields: Array<{ name: string; kind: string }>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of fields) {
    const block = state?.values?.[field.name];
    if (!block) continue;
    const answer = Object.values(block)[0];
    if (!answer) continue;
    if (answer.selected_options) raw[field.name] = answer.selected_options.map((o) => o.value);
    else if (answer.selected_option !== undefined) {
      const picked = answer.selected_option?.value;
      raw[field.name] = field.kind === "confirm" ? (picked === undefined ? undefined : picked === "yes") : picked;
    } else if (answer.selected_date !== undefined) raw[field.name] = answer.selected_date ?? undefined;
    else raw[field.name] = answer.value ?? undefined;
  }
  return raw;
}

export function parseMetadata<M>(raw: string | undefined): M | null {
  try {
    return raw ? (JSON.parse(raw) as M) : null;
  } catch {
    return null;
  }
}
