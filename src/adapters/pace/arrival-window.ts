// The overall window of a send pace: at most N requests may *arrive* at the platform within any window (Telegram
// counts what it receives, about 30 a second). We cannot see when a request arrives, only when it started and when
// its answer came back, so each send holds a slot of the window from its start until a window after the latest
// moment it may have arrived: its start, or, when its answer came late, the answer's time less the least round trip
// seen lately (the answer's way back takes at least that much of it). An ordinary send frees its slot a window
// after its start, whatever the round trip; a request delayed on its way there frees it that much later, so the
// next one cannot land inside the same window. A send still in flight holds its slot.

/** One send's place in the window. */
export interface Slot {
  readonly start: number;
  /** When the slot frees; Infinity while the send is in flight. */
  freeAt: number;
}

/** How fast the least round trip may creep up, per answer, when the network gets slower. */
const FLOOR_CREEP_MS = 2;
/**
 * Answers seen before the least round trip is trusted: the first requests also open connections, so their round
 * trips say nothing of the network's; until then a send counts as arrived when its answer came.
 */
const TRUST_AFTER = 8;

export function createArrivalWindow(perWindow: number, windowMs: number) {
  /** Slots by start, oldest first; from `head` on they started within the window and are surely held. */
  let slots: Slot[] = [];
  let head = 0;
  /** Slots that started before the window but are still held (in flight, or answered late). */
  let overdue: Slot[] = [];
  let floorMs = Number.POSITIVE_INFINITY;
  let answers = 0;

  /** Moves the slots that left the window by their start to `overdue` if they are still held, and forgets the rest. */
  function advance(t: number): void {
    while (head < slots.length && (slots[head] as Slot).start <= t - windowMs) {
      const slot = slots[head++] as Slot;
      if (slot.freeAt > t) overdue.push(slot);
    }
    if (head > 1024) {
      slots = slots.slice(head);
      head = 0;
    }
    if (overdue.length > 0) overdue = overdue.filter((s) => s.freeAt > t);
  }

  return {
    /** A send starts now: it holds a slot until `close`. */
    open(t: number): Slot {
      const slot: Slot = { start: t, freeAt: Number.POSITIVE_INFINITY };
      slots.push(slot);
      return slot;
    },

    /** The send's answer came: frees its slot a window after the latest it may have arrived, which it returns. */
    close(slot: Slot, t: number): number {
      const arrivedBy = answers < TRUST_AFTER ? t : Math.max(slot.start, t - floorMs);
      answers++;
      floorMs = Math.min(t - slot.start, floorMs + FLOOR_CREEP_MS);
      slot.freeAt = arrivedBy + windowMs;
      return arrivedBy;
    },

    /** 0 when a send may start now; otherwise when to look again (Infinity: when a send in flight is answered). */
    readyAt(t: number): number {
      advance(t);
      if (slots.length - head + overdue.length < perWindow) return 0;
      let at = head < slots.length ? (slots[head] as Slot).start + windowMs : Number.POSITIVE_INFINITY;
      for (const slot of overdue) at = Math.min(at, slot.freeAt);
      return at;
    },
  };
}

export type ArrivalWindow = ReturnType<typeof createArrivalWindow>;
