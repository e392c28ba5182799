// Text normalisation shared by every input path: cleaning where text enters (NFC, no control characters), and a
// folded form for forgiving matches.

/**
 * C0 and C1 control characters except tab and newline, and the noncharacters U+FFFE and U+FFFF. They cannot be
 * typed on purpose, they break what is built from stored text later (resvg refuses an SVG holding one, so a unit
 * name with U+0001 broke every chart), and they can hide text in logs and exports.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this expression's purpose
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * Text as it may be stored: NFC, a Windows line end (CR LF) or a lone CR as a newline, and no control character
 * but tab and newline. Applied where text enters: chat messages, form answers, roster and rating files.
 */
export function cleanText(input: string): string {
  return stripControls(input.normalize("NFC").replace(/\r\n?/g, "\n"));
}

/** Removes the control characters of cleanText alone: for text built from what was stored before it was cleaned. */
export function stripControls(input: string): string {
  return input.replace(CONTROL, "");
}

/** Cleaned text (see cleanText) with surrounding white space removed and inner runs of spaces kept as typed. */
export function normalizeText(input: string): string {
  return cleanText(input).trim();
}

/** A name or other one-line value: NFC, trimmed, every run of white space as one space. */
export function normalizeName(input: string): string {
  return normalizeText(input).replace(/\s+/g, " ");
}

/**
 * Lowercase without diacritics, đ as d, runs of white space as one space: "Nguyễn Văn  An" → "nguyen van an".
 * Used only for matching, never stored as the user's words.
 */
export function foldText(input: string): string {
  return input.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Length as a person counts it: grapheme clusters, so "ệ" typed as e + two marks counts once. */
// one segmenter for the process: building one costs far more than segmenting a name (a roster checks 50,000)
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });

export function visibleLength(input: string): number {
  let count = 0;
  for (const _ of graphemes.segment(input)) count++;
  return count;
}

/** Format and invisible characters (zero-width space, joiner, BOM, soft hyphen) and every kind of space. */
const INVISIBLE_OR_SPACE = /[\p{Cf}\p{Z}\s]/gu;

/** True when nothing a person could read remains: only spaces and invisible characters (e.g. U+200B). */
export function isBlank(input: string): boolean {
  return input.replace(INVISIBLE_OR_SPACE, "") === "";
}

/** Removes invisible characters and spaces around a text; those inside (an emoji's joiner) stay. */
export function trimInvisible(input: string): string {
  return input.replace(/^[\p{Cf}\p{Z}\s]+|[\p{Cf}\p{Z}\s]+$/gu, "");
}

/**
 * A preview of at most `max` visible characters, cut at the end of a word with an ellipsis, on one line:
 * "Phát động phong trào thi đua…" rather than "Phát động phong trào thi đ".
 */
export function preview(input: string, max: number): string {
  const line = input.normalize("NFC").replace(/\s+/g, " ").trim();
  const graphemes = [...new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(line)].map((s) => s.segment);
  if (graphemes.length <= max) return line;
  const cut = graphemes.slice(0, max).join("");
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${(atWord.length > 0 ? atWord : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** "Biên bản họp phiên 3", "2026-12-15", "docx" → "bien-ban-hop-phien-3_2026-12-15.docx": ASCII, lower case, dated. */
export function datedFileName(base: string, isoDay: string, extension: string): string {
  const slug = foldText(base)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}_${isoDay}.${extension}`;
}
