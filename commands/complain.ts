// /complain (khiếu nại, tố cáo, phản ánh): a petition about emulation and commendation, by direct message only.
// The draft lives in memory only (a draft that never touched the database leaves no trace), and the questions and
// answers are marked sensitive so Telegram can delete them once the sender has saved the receipt.
//
// What the law shapes here: a complaint names its maker (Luật Khiếu nại Điều 8), so it cannot be anonymous and
// the sender is offered an anonymous feedback instead; a named complaint or denunciation is prepared as the
// letter the sender signs and hands in (Điều 8, Luật Tố cáo Điều 23), and its formal periods start only when the
// agency receives it; an anonymous denunciation is information (Luật Tố cáo Điều 25), with no statutory deadline.

import { MAX_CASE_LENGTH } from "../src/core/cases/intake";
import { CASE_KINDS, type CaseKind } from "../src/core/cases/types";
import { attachedFiles } from "../src/engine/dialog-state";
import { actionsOf } from "../src/kernel/actions";
import { type Block, button, fileButton, text } from "../src/kernel/reply";
import { DOCUMENTS_ACTIONS } from "./documents";
import { showDay } from "./support/case-day";
import { letterBlocks, limitBlock, statutoryNotice } from "./support/case-letter";
import { type CommandContext, defineCommand, type FieldSpec, type FormValues, handlers } from "./support/command";

export const COMPLAIN_ACTIONS = actionsOf("complain", ["saved"]);

/** The kind and identity the answers add up to: "anonymous complaint" becomes anonymous feedback. */
export function petitionOf(values: FormValues): { kind: CaseKind; anonymous: boolean } {
  const kind = values.kind as CaseKind;
  if (kind === "complaint") return values.identityComplaint === "feedback" ? { kind: "feedback", anonymous: true } : { kind, anonymous: false };
  return { kind, anonymous: values.identity === "anonymous" };
}

/** A named complaint or denunciation: the letter's fields are asked. */
const needsLetter = (values: FormValues) => {
  if (!("kind" in values)) return false;
  const { kind, anonymous } = petitionOf(values);
  return kind !== "feedback" && !anonymous && ("identity" in values || "identityComplaint" in values);
};
const namedComplaint = (values: FormValues) => needsLetter(values) && values.kind === "complaint";
/** A first complaint counts its 90 days from the decision (Điều 9); a second one its 30 from the first decision (Điều 33). */
const firstComplaint = (values: FormValues) => namedComplaint(values) && values.instance !== "2";
const secondComplaint = (values: FormValues) => namedComplaint(values) && values.instance === "2";

const letterField = (name: string, kind: FieldSpec["kind"], optional = false, when = needsLetter): FieldSpec => ({
  name,
  kind,
  title: `field-case-${name}`,
  prompt: `ask-case-${name}`,
  maxLength: kind === "longtext" ? MAX_CASE_LENGTH : 300,
  optional,
  // someone not on the staff list cannot send a named case: do not make them write a letter to refuse it after
  skip: (ctx: CommandContext, values: FormValues) => !when(values) || ctx.actor?.status !== "active",
});

export default defineCommand({
  name: "complain",
  aliases: ["donthu"],
  description: "cmd-complain-description",
  homeShortcut: "slack-home-button-complain",
  access: "everyone",
  unrecorded: true,
  where: "dm",
  form: {
    storage: "memory",
    sensitive: true,
    acceptsFiles: true,
    fields: [
      {
        name: "kind",
        kind: "choice",
        title: "field-case-kind",
        prompt: "ask-case-kind",
        choices: () => CASE_KINDS.map((k) => ({ value: k, label: text(`case-kind-${k}`) })),
      },
      { name: "content", kind: "longtext", title: "field-case-content", prompt: "ask-case-content", maxLength: MAX_CASE_LENGTH },
      {
        name: "identity",
        kind: "choice",
        title: "field-case-identity",
        prompt: "ask-case-identity",
        skip: (_ctx, values) => values.kind === "complaint",
        choices: () => [
          { value: "named", label: text("case-identity-named") },
          { value: "anonymous", label: text("case-identity-anonymous") },
        ],
      },
      {
        // a complaint is always named (Điều 8): the only other way is an anonymous feedback
        name: "identityComplaint",
        kind: "choice",
        title: "field-case-identity",
        prompt: "ask-case-identity-complaint",
        skip: (_ctx, values) => values.kind !== "complaint",
        choices: () => [
          { value: "named", label: text("case-identity-named") },
          { value: "feedback", label: text("case-identity-as-feedback") },
        ],
      },
      {
        name: "instance",
        kind: "choice",
        title: "field-case-instance",
        prompt: "ask-case-instance",
        skip: (ctx, values) => !namedComplaint(values) || ctx.actor?.status !== "active",
        choices: () => [
          { value: "1", label: text("case-instance-1") },
          { value: "2", label: text("case-instance-2") },
        ],
      },
      letterField("learnedOn", "date", false, firstComplaint),
      letterField("firstDecisionOn", "date", false, secondComplaint),
      letterField("subject", "text"),
      letterField("address", "text"),
      letterField("contact", "text"),
      letterField("request", "longtext"),
      {
        name: "notify",
        kind: "confirm",
        title: "field-case-notify",
        prompt: "ask-case-notify",
        // offered only when the operator set a sealing key; otherwise nothing could be kept safely
        skip: (ctx) => !ctx.services.cases.canNotifySenders(),
      },
    ],
    // said before sending, so the sender knows what the law makes of what they send
    preview: (ctx, values) => previewBlocks(ctx, values),
  },
  run(ctx, values) {
    const { kind, anonymous } = petitionOf(values);
    const named = kind !== "feedback" && !anonymous;
    const { item, code, filesLeftOut } = ctx.services.cases.submit(ctx.actor, ctx.identity, {
      kind,
      content: String(values.content),
      anonymous,
      files: attachedFiles(values),
      contact: values.notify === true ? { platform: ctx.identity.platform, externalId: ctx.identity.externalId, locale: ctx.locale } : null,
      letter: named
        ? {
            subject: String(values.subject),
            address: String(values.address),
            contact: values.contact ? String(values.contact) : null,
            request: values.request ? String(values.request) : null,
            learnedOn: kind === "complaint" ? complaintStart(values) : null,
            instance: kind === "complaint" ? Number(values.instance) : 1,
          }
        : undefined,
    });
    const blocks: Block[] = [
      {
        type: "heading",
        text: text(kind === "denunciation" && anonymous ? "case-receipt-title-information" : "case-receipt-title", { number: item.number }),
      },
      { type: "paragraph", text: text("case-receipt-code", { code }) },
      ...(filesLeftOut > 0 ? [{ type: "paragraph" as const, text: text("case-files-left-out", { count: filesLeftOut }) }] : []),
    ];
    if (named && item.letter) blocks.push(...statutoryNotice(ctx, kind, item.letter), ...letterBlocks(ctx, kind, item.letter));
    else if (kind === "denunciation") blocks.push({ type: "paragraph", text: text("case-receipt-information") });
    else
      blocks.push({
        type: "paragraph",
        text: text(anonymous ? "case-receipt-feedback-anonymous" : "case-receipt-feedback-named", { replyBy: showDay(item.resolveBy) }),
      });
    const saved = button("btn-receipt-saved", COMPLAIN_ACTIONS.saved.payload(), "primary");
    // a named sender can have the letter as a Word file to print and sign (only they may ask for it)
    const letter = named && item.letter ? [fileButton("btn-case-letter-docx", DOCUMENTS_ACTIONS.letter.payload(item.id))] : [];
    return { blocks, buttons: [[saved, ...letter]], sensitive: true };
  },
  actions: handlers(COMPLAIN_ACTIONS, {
    /** The sender has copied the code: the chat's copy of the exchange can go. */
    saved: () => ({ blocks: [{ type: "paragraph", text: text("case-receipt-cleared") }], purge: true }),
  }),
});

function previewBlocks(ctx: CommandContext, values: FormValues): Block[] {
  if (!("kind" in values) || !("identity" in values || "identityComplaint" in values)) return [];
  const { kind, anonymous } = petitionOf(values);
  if (values.kind === "complaint" && kind === "feedback") return [{ type: "paragraph", text: text("case-preview-complaint-as-feedback") }];
  if (kind === "denunciation" && anonymous) return [{ type: "paragraph", text: text("case-preview-anonymous-denunciation") }];
  if (kind === "feedback") {
    const rule = ctx.services.cases.feedbackRule();
    return [{ type: "paragraph", text: text("case-preview-feedback", { days: rule.days, unit: text(`case-unit-${rule.unit}`) }) }];
  }
  const blocks: Block[] = [{ type: "paragraph", text: text("case-preview-letter") }];
  const start = kind === "complaint" ? complaintStart(values) : null;
  if (start) blocks.push(limitBlock(ctx, start, values.instance === "2" ? 2 : 1));
  return blocks;
}

/** The day the complaint's period runs from: the decision complained of, or for a second one the first decision. */
function complaintStart(values: FormValues): string | null {
  const day = values.instance === "2" ? values.firstDecisionOn : values.learnedOn;
  return typeof day === "string" ? day : null;
}
