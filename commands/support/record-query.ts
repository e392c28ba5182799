// Reads what follows /record (/hosothanhtich): years ("2024", "2020-2026"), a title or form ("LĐTT", "chiến sĩ thi
// đua cơ sở"), "đơn vị" for a unit's record, "excel" for the file, and a person's or a unit's name; in any order.
import type { RecordAwards } from "../../src/core/records/awards";
import { foldText, normalizeName } from "../../src/kernel/text";

export interface RecordQuery {
  fromYear: number | null;
  toYear: number | null;
  /** The titles or forms to keep (a person's and a collective's spelling alike). */
  awardCodes: string[];
  /** A unit's record: the named unit, or the asker's own. */
  unit: boolean;
  excel: boolean;
  /** Whatever names a person or a unit; "" for the asker's own record. */
  name: string;
}

const UNIT_WORDS = ["don vi", "donvi", "unit"];
const EXCEL_WORDS = ["excel", "xlsx", "xuat", "export"];

/** Every award whose spelling the words are, for individuals or collectives. */
function awardsNamed(awards: RecordAwards, words: string): string[] {
  if (words === "") return [];
  return [...new Set(["individual", "collective"].map((s) => awards.match(words, s as "individual").code).filter((c): c is string => c !== null))];
}

export function parseRecordQuery(args: string, awards: RecordAwards): RecordQuery {
  let rest = ` ${normalizeName(args)} `;
  const years: number[] = [];
  rest = rest.replace(/(?<=\s)(\d{4})\s*[-–—]\s*(\d{4})(?=\s)/g, (_, a: string, b: string) => {
    years.push(Number(a), Number(b));
    return " ";
  });
  rest = rest.replace(/(?<=\s)(\d{4})(?=\s)/g, (_, a: string) => {
    years.push(Number(a));
    return " ";
  });
  let words = normalizeName(rest).split(" ").filter(Boolean);
  const folded = () => words.map((w) => foldText(w));
  const excel = folded().some((w) => EXCEL_WORDS.includes(w));
  words = words.filter((w) => !EXCEL_WORDS.includes(foldText(w)));
  let unit = false;
  for (const phrase of UNIT_WORDS) {
    const parts = phrase.split(" ");
    const at = folded().findIndex((_, i) => parts.every((p, j) => folded()[i + j] === p));
    if (at >= 0) {
      unit = true;
      words.splice(at, parts.length);
      break;
    }
  }
  // the award is the longest run of words at either end that spells one; the rest is a name
  let awardCodes: string[] = [];
  let name = words.join(" ");
  for (let cut = 0; cut < words.length && awardCodes.length === 0; cut++) {
    const tail = awardsNamed(awards, words.slice(cut).join(" "));
    if (tail.length > 0) {
      awardCodes = tail;
      name = words.slice(0, cut).join(" ");
      break;
    }
    const head = awardsNamed(awards, words.slice(0, words.length - cut).join(" "));
    if (head.length > 0) {
      awardCodes = head;
      name = words.slice(words.length - cut).join(" ");
    }
  }
  const fromYear = years.length > 0 ? Math.min(...years) : null;
  const toYear = years.length > 0 ? Math.max(...years) : null;
  return { fromYear, toYear, awardCodes, unit, excel, name };
}
