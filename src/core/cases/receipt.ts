// Receipt codes: shown once to the sender, stored only as a slow salted hash. The first group is kept in clear
// as a bucket to find the case without hashing against every case; the four groups after it carry 80 bits.
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const GROUPS = 5;
const GROUP_LENGTH = 4;
// scrypt's defaults (N=16384, r=8): about 50 ms a try, far too slow to guess 80 bits
const KEY_LENGTH = 32;

export interface Receipt {
  code: string;
  bucket: string;
  hash: string;
}

export function newReceipt(): Receipt {
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  const code = (chars.match(new RegExp(`.{${GROUP_LENGTH}}`, "g")) ?? []).join("-");
  return { code, bucket: bucketOf(code) as string, hash: hashCode(code) };
}

/** Upper-cases, drops spaces and dashes, and maps the letters people confuse (O→0, I/L→1) as Crockford does. */
export function normalizeCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (compact.length !== GROUPS * GROUP_LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return (compact.match(new RegExp(`.{${GROUP_LENGTH}}`, "g")) ?? []).join("-");
}

/**
 * A receipt code at the start of a line, however it was typed ("WJ8H F66B 3KQ2 …", "wj8h-f66b…", all in one), and
 * what follows it (information added to the case). When no code can be read, the first word is taken as the code,
 * so the answer says that code is not known.
 */
export function leadingCode(input: string): { code: string; rest: string } {
  const words = input.trim().split(/\s+/).filter(Boolean);
  let compact = "";
  for (const [i, word] of words.entries()) {
    compact += word.replace(/-/g, "");
    const code = compact.length === GROUPS * GROUP_LENGTH ? normalizeCode(compact) : null;
    if (code) return { code, rest: words.slice(i + 1).join(" ") };
    if (compact.length >= GROUPS * GROUP_LENGTH) break;
  }
  return { code: words[0] ?? "", rest: words.slice(1).join(" ") };
}

export function bucketOf(code: string): string | null {
  const normal = normalizeCode(code);
  return normal ? normal.slice(0, GROUP_LENGTH) : null;
}

export function hashCode(code: string): string {
  const salt = randomBytes(16);
  return `${salt.toString("hex")}:${scryptSync(code, salt, KEY_LENGTH).toString("hex")}`;
}

export function matchesCode(code: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(":");
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, "hex");
  return timingSafeEqual(scryptSync(code, Buffer.from(saltHex, "hex"), KEY_LENGTH), expected);
}
