// Seals an opted-in sender's reply address with AES-256-GCM under a key from the environment (CASE_SEAL_KEY),
// so the database holds only ciphertext; it is opened only to send, never shown, and erased at close.
// Each sealed value starts with the id of its key (a short check value, not the key), so a rotation can tell
// which addresses the previous key (CASE_SEAL_KEY_PREVIOUS) still has to open, and a start can count the ones
// no configured key opens.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Locale } from "../../kernel/locale";
import type { Platform } from "../../kernel/platform";
import { keyCheckValue } from "../ballots/box";

export interface SealedContact {
  platform: Platform;
  externalId: string;
  locale: Locale;
}

export interface ContactSeal {
  seal(contact: SealedContact): string;
  open(sealed: string): SealedContact | null;
  /** Whether the value was sealed under the current key (false: under the previous one, or none we hold). */
  isCurrent(sealed: string): boolean;
}

const keyIdOf = (key: Buffer) => keyCheckValue(key, "CASE_SEAL_KEY").slice(0, 8);

export function createContactSeal(key: Buffer, previous?: Buffer): ContactSeal {
  for (const k of [key, previous]) if (k && k.length !== 32) throw new Error("CASE_SEAL_KEY must be 32 bytes (base64)");
  const keys = new Map([[keyIdOf(key), key], ...(previous ? [[keyIdOf(previous), previous] as const] : [])]);
  const currentId = keyIdOf(key);

  function openWith(k: Buffer, parts: Buffer[]): SealedContact | null {
    const [iv, tag, body] = parts;
    if (!iv || !tag || !body) return null;
    try {
      const decipher = createDecipheriv("aes-256-gcm", k, iv);
      decipher.setAuthTag(tag);
      return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as SealedContact;
    } catch {
      return null;
    }
  }

  return {
    seal(contact) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(contact), "utf8"), cipher.final()]);
      return [currentId, ...[iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"))].join(".");
    },
    open(sealed) {
      const parts = sealed.split(".");
      // values sealed before key ids existed have three parts: try every key we hold
      if (parts.length === 3) {
        const bytes = parts.map((p) => Buffer.from(p, "base64url"));
        for (const k of keys.values()) {
          const contact = openWith(k, bytes);
          if (contact) return contact;
        }
        return null;
      }
      const k = keys.get(parts[0] ?? "");
      return k
        ? openWith(
            k,
            parts.slice(1).map((p) => Buffer.from(p, "base64url")),
          )
        : null;
    },
    isCurrent: (sealed) => sealed.startsWith(`${currentId}.`),
  };
}
