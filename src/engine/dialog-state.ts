// What a form asked one question at a time keeps between messages, and where it keeps the files sent meanwhile.
// Read by the dialog engine, the views of a form and its step counter alike, and stored by db/repos/system.ts.

import type { FileRef } from "../kernel/files";
import type { Text } from "../kernel/reply";
import type { FormValues } from "./command";

/** The views a form shows while it is filled in (questions, the summary, the list of answers to change). */
export type ViewMode = "ask" | "summary" | "pick-field";

/**
 * What a form waits for: a view, or one of two questions asked aside before going back to it ("leave the form and
 * lose its answers?", "did you mean the choice numbered so, or this number as the answer?").
 */
export type DialogMode = ViewMode | "leave" | "number";

/** What is kept between messages while a form is open. JSON-serialisable. */
export interface DialogState {
  command: string;
  values: FormValues;
  /** Index of the field being asked; ignored in the summary and field-picking modes. */
  step: number;
  mode: DialogMode;
  /** Choices ticked so far for a multiple-choice field answered with buttons. */
  ticked: string[];
  /** Fields known before the first question (prefilled): not counted as steps. */
  given?: string[];
  /** Grows with every change of the answers; the summary's Confirm button carries it, so an old one cannot confirm. */
  rev?: number;
  /** When, and in which run of the bot, the current question or summary was last shown. */
  shown?: { boot: string; at: string };
  /** While a question is asked aside ("leave" or "number"): the view to go back to. */
  back?: { mode: ViewMode; step: number };
  /** The number typed alone at a question answered in words, waiting to be confirmed as the answer. */
  typedNumber?: string;
  /** The view shown before the current one: a number typed out of habit is explained by what it pressed there. */
  prior?: { mode: ViewMode; step: number; ticked: string[] };
  /** A field that adds up several messages (see FieldSpec.more): what is typed now is added to it. */
  adding?: string;
  /** Why Confirm did not save (a rule only the core can judge), and the field to fix, shown on the summary. */
  problem?: { message: Text; field?: string };
}

/** Where a form keeps the files sent while it was open (see FormSpec.acceptsFiles). */
export const FILES = "_files";

export function attachedFiles(values: FormValues): FileRef[] {
  const files = values[FILES];
  return Array.isArray(files) ? (files as FileRef[]) : [];
}
