// Text normalisation shared by every input path: NFC, and a folded form for forgiving matches.

/** Unicode NFC with surrounding white space removed and inner runs of spaces kept as typed. */
export function normalizeText(input: string): string {
  return input.normalize("NFC").trim();
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
