// A sealed ballot box, for any secret vote: the council's review sessions today, a unit's year-end review later.
//
// What a reader of the database (or of its -wal, or of a backup) must not learn is how anyone voted. So a cast
// ballot is stored only sealed: AES-256-GCM under a key derived (HKDF-SHA256) from a secret that lives outside
// the database (BALLOT_KEY) and from the box's name, so every box has its own key and a sealed ballot cannot be
// moved from one box to another. Every ballot of a box seals to the same length whatever its choices. Ballots
// are opened only at the tally, in shuffled order, counted, and then deleted; the store then empties the WAL,
// so no copy of the database taken after the tally holds a sealed ballot, even for someone with the key.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";

/** One answer on a ballot: an item (a nomination, a person under review) and the choice made on it. */
export interface BallotLine<C extends string> {
  itemId: number;
  choice: C;
}

/** Where sealed ballots are kept. `put` runs inside the caller's transaction, beside the record that X voted. */
export interface SealedBallotStore {
  put(box: string, id: number, sealed: Uint8Array): void;
  list(box: string): Uint8Array[];
  /** Deletes every ballot of a box (the store deletes securely: the pages are overwritten). */
  destroy(box: string): void;
  /** Folds the write-ahead log into the database file and truncates it, so no old page image remains. */
  forget(): void;
}

/** A sealed ballot that the key cannot open: the key is not the one the ballot was cast under. */
export class BallotSealError extends Error {
  override name = "BallotSealError";
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A short public value that identifies a key without revealing it (stored to refuse a changed key at start). */
export function keyCheckValue(key: Uint8Array, purpose: string): string {
  return createHmac("sha256", key).update(`thidua key check v1|${purpose}`).digest("hex").slice(0, 16);
}

/** A key of its own for one purpose, derived from an outside secret. */
export function deriveKey(master: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `thidua v1|${info}`, 32));
}

export type BallotBox<C extends string> = ReturnType<typeof createBallotBox<C>>;

/**
 * A box per ballot: name it "<kind>:<id>" ("review_session:12", "unit_review:2026:7"), give it its choices, cast
 * each voter's whole ballot in the transaction that records that they voted, and at the close `count`, store the
 * counts and `destroy` in one transaction, then `forget`. In app.ts: `createBallotBox({ store:
 * createSealedBallotStore(db), key: ballotKey, choices: ["agree", "disagree"] as const })`.
 */
export function createBallotBox<C extends string>(deps: { store: SealedBallotStore; key: Uint8Array; choices: readonly C[] }) {
  const { store, choices } = deps;
  if (deps.key.length !== 32) throw new Error("the ballot key must be 32 bytes");
  if (choices.length > 255) throw new Error("too many choices for one byte");
  const keyOf = (box: string) => deriveKey(deps.key, `ballot box|${box}`);

  /** Fixed width: 4 bytes of item id and 1 byte of choice per line, lines in item order. */
  function encode(lines: Array<BallotLine<C>>): Buffer {
    const sorted = [...lines].sort((a, b) => a.itemId - b.itemId);
    const out = Buffer.alloc(sorted.length * 5);
    sorted.forEach((line, i) => {
      const choice = choices.indexOf(line.choice);
      if (choice < 0) throw new Error("unknown choice");
      out.writeUInt32BE(line.itemId, i * 5);
      out.writeUInt8(choice, i * 5 + 4);
    });
    return out;
  }

  function decode(plain: Buffer): Array<BallotLine<C>> {
    const lines: Array<BallotLine<C>> = [];
    for (let at = 0; at + 5 <= plain.length; at += 5) {
      const choice = choices[plain.readUInt8(at + 4)];
      if (choice === undefined) throw new BallotSealError("a ballot holds an unknown choice");
      lines.push({ itemId: plain.readUInt32BE(at), choice });
    }
    return lines;
  }

  function open(box: string, sealed: Uint8Array): Array<BallotLine<C>> {
    const bytes = Buffer.from(sealed);
    try {
      const decipher = createDecipheriv("aes-256-gcm", keyOf(box), bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(box, "utf8"));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return decode(Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]));
    } catch (error) {
      if (error instanceof BallotSealError) throw error;
      throw new BallotSealError(`a sealed ballot of ${box} cannot be opened with this BALLOT_KEY`);
    }
  }

  return {
    /** Seals one voter's whole ballot into the box. Call inside the transaction that records that they voted. */
    cast(box: string, lines: Array<BallotLine<C>>): void {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", keyOf(box), iv);
      cipher.setAAD(Buffer.from(box, "utf8"));
      const body = Buffer.concat([cipher.update(encode(lines)), cipher.final()]);
      store.put(box, randomInt(1, 2 ** 48 - 1), Buffer.concat([iv, cipher.getAuthTag(), body]));
    },

    /**
     * Opens every ballot of the box, in a shuffled order, and counts each choice per item. Throws (and counts
     * nothing) if any ballot does not open: a wrong key must never pass for an empty box.
     */
    count(box: string): Map<number, Record<C, number>> {
      const ballots = shuffle(store.list(box)).map((sealed) => open(box, sealed));
      const counts = new Map<number, Record<C, number>>();
      for (const line of ballots.flat()) {
        const tally = counts.get(line.itemId) ?? (Object.fromEntries(choices.map((c) => [c, 0])) as Record<C, number>);
        tally[line.choice]++;
        counts.set(line.itemId, tally);
      }
      return counts;
    },

    /** Deletes the box's ballots. Call in the transaction that stores the counts; then `forget()` after it. */
    destroy: (box: string) => store.destroy(box),

    /** Empties the write-ahead log once the deletion is committed. */
    forget: () => store.forget(),
  };
}

/** Fisher–Yates with a cryptographic source. */
export function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(0, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
