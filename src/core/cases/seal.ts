// Seals an opted-in sender's reply address with AES-256-GCM under a key from the environment (CASE_SEAL_KEY),
// so the database holds only ciphertext; it is opened only to send, never shown, and erased at close.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Locale, Platform } from "../roles";

export interface SealedContact {
  platform: Platform;
  externalId: string;
  locale: Locale;
}

export interface ContactSeal {
  seal(contact: SealedContact): string;
  open(sealed: string): SealedContact | null;
}

export function createContactSeal(key: Buffer): ContactSeal {
  if (key.length !== 32) throw new Error("CASE_SEAL_KEY must be 32 bytes (base64)");
  return {
    seal(contact) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(contact), "utf8"), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
    },
    open(sealed) {
      const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
      if (!iv || !tag || !body) return null;
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, iv);
        decipher.setAuthTag(tag);
        return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as SealedContact;
      } catch {
        return null;
      }
    },
  };
}
