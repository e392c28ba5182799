// A handler's decisions on a case's deadlines: the signed letter received (which starts the formal clock),
// acceptance, the complex period or an extension, suspension and resumption, the second-instance dialogue, and
// checking anonymous information, and the plain exchanges (a question to the sender, a reply, forwarding, the
// close with its result). Each is refused unless the rule in force allows it, names that rule, is
// audited with the handler's identity (through `act`), and reaches the sender as a message of the case.
import type { Person } from "../directory/types";
import { DomainError } from "../errors";
import type { CaseDeadlines } from "./deadlines";
import type { CasePatch } from "./repo";
import type { NotAcceptedGround } from "./rules";
import type { Case, CaseMessage, CaseStatus } from "./types";

type Act = (actor: Person | null, id: number, kind: CaseMessage["kind"], body: string, patch: CasePatch) => Promise<Case>;

export function createCaseHandling(deps: {
  getCase: (id: number) => Case;
  /** Refuses anyone but a case handler; checked before anything about the case is read or said. */
  handlerOnly: (actor: Person | null) => Person;
  act: Act;
  today: () => string;
  deadlines: CaseDeadlines;
  remoteArea: boolean;
}) {
  const { getCase, act, today, deadlines } = deps;

  function expect(actor: Person | null, id: number, statuses: CaseStatus[]): Case {
    deps.handlerOnly(actor);
    const item = getCase(id);
    if (!statuses.includes(item.status)) throw new DomainError("case-wrong-status", { number: item.number, status: item.status });
    return item;
  }

  function statutory(item: Case): void {
    if (!deadlines.isStatutory(item)) throw new DomainError("case-wrong-status", { number: item.number, status: item.status });
  }

  return {
    /** The sender's signed letter is in: the formal periods start from this day (Điều 27 / Điều 24). */
    letterReceived(actor: Person | null, id: number, day: string) {
      const item = expect(actor, id, ["awaiting_letter"]);
      if (day > today() || day < item.receivedOn) throw new DomainError("case-letter-date", { number: item.number });
      const next = { ...item, letterReceivedOn: day, remote: deps.remoteArea };
      const due = deadlines.acceptance(next);
      return act(actor, id, "letter", day, { status: "received", letterReceivedOn: day, remote: deps.remoteArea, acceptBy: due?.day ?? null });
    },

    /** Initial handling of a denunciation extended to 10 working days, when checks at several places are needed. */
    extendInitial(actor: Person | null, id: number, reason: string) {
      const item = expect(actor, id, ["received"]);
      if (item.kind !== "denunciation" || item.letterReceivedOn === null)
        throw new DomainError("case-wrong-status", { number: item.number, status: item.status });
      const rule = deadlines.initialLonger(item.letterReceivedOn);
      if (item.initialLonger) throw new DomainError("case-extension-not-allowed", { number: item.number, article: rule.article });
      const due = deadlines.acceptance({ ...item, initialLonger: true });
      return act(actor, id, "initial-extended", reason, { initialLonger: true, acceptBy: due?.day ?? null });
    },

    /** Acceptance (thụ lý): the resolution period runs from today. */
    accept(actor: Person | null, id: number) {
      const item = expect(actor, id, ["received"]);
      if (item.kind === "feedback") return act(actor, id, "accepted", "", { status: "accepted" });
      // anonymous information is never accepted, even a row stored before this rule (Luật Tố cáo Điều 25)
      statutory(item);
      const acceptedOn = today();
      const due = deadlines.resolution({ ...item, acceptedOn });
      return act(actor, id, "accepted", "", { status: "accepted", acceptedOn, resolveBy: due?.day ?? null });
    },

    /**
     * A complaint found complex gets the longer period of Điều 28 / 37; a denunciation gets one extension of
     * Điều 30, a second only when especially complex. Each needs the handler's reason.
     */
    extend(actor: Person | null, id: number, reason: string, especiallyComplex: boolean) {
      const item = expect(actor, id, ["accepted"]);
      statutory(item);
      const rule = item.kind === "complaint" ? deadlines.complexRule(item) : deadlines.extension(item.acceptedOn as string);
      const refuse = () => new DomainError("case-extension-not-allowed", { number: item.number, article: rule.article });
      let patch: CasePatch;
      if (item.kind === "complaint") {
        if (item.complexity !== "normal") throw refuse();
        patch = { complexity: "complex" };
      } else {
        if (item.extensions >= 2 || (item.extensions === 1 && !especiallyComplex)) throw refuse();
        patch = { extensions: item.extensions + 1, complexity: especiallyComplex ? "very_complex" : "complex" };
      }
      const due = deadlines.resolution({ ...item, ...patch } as Case);
      return act(actor, id, item.kind === "complaint" ? "complex" : "extended", reason, { ...patch, resolveBy: due?.day ?? null });
    },

    /** Suspension: the clock stops, where the rule in force lets it (Luật Tố cáo Điều 34; complaints from 1/7/2026). */
    suspend(actor: Person | null, id: number, reason: string) {
      const item = expect(actor, id, ["accepted"]);
      statutory(item);
      const rule = deadlines.suspension(item.kind, today());
      if (!rule.applies) throw new DomainError("case-suspension-not-allowed", { number: item.number, article: rule.article });
      return act(actor, id, "suspended", reason, { status: "suspended", suspendedOn: today(), resolveBy: null });
    },

    /** Resumption: the days suspended are added to the period, which restarts where it stopped. */
    resume(actor: Person | null, id: number) {
      const item = expect(actor, id, ["suspended"]);
      const pausedDays = item.pausedDays + deadlines.calendar.daysBetween(item.suspendedOn as string, today());
      const due = deadlines.resolution({ ...item, pausedDays });
      return act(actor, id, "resumed", "", { status: "accepted", suspendedOn: null, pausedDays, resolveBy: due?.day ?? null });
    },

    /** The second-instance dialogue, announced at least as far ahead as the rule in force asks. */
    dialogue(actor: Person | null, id: number, day: string) {
      const item = expect(actor, id, ["accepted"]);
      if (item.kind !== "complaint" || item.instance !== 2) throw new DomainError("case-wrong-status", { number: item.number, status: item.status });
      const notice = deadlines.dialogueNotice(today());
      const earliest = notice ? deadlines.calendar.addCalendarDays(today(), notice.days) : today();
      if (day < earliest)
        throw new DomainError("case-dialogue-too-soon", { earliest: earliest.split("-").reverse().join("/"), article: notice?.article ?? "" });
      return act(actor, id, "dialogue", day, { dialogueOn: day });
    },

    /**
     * Not accepting a complaint (không thụ lý): only on one of the grounds of Luật Khiếu nại Điều 11, and the
     * complainant is told why in writing (Điều 27, 36; from 1/7/2026 Nghị định 155/2026 Điều 10). `notice` is the
     * text the sender reads, naming the ground, its clause and the handler's reason; the case ends with it.
     */
    notAccept(actor: Person | null, id: number, ground: NotAcceptedGround, notice: string) {
      const item = expect(actor, id, ["received"]);
      if (item.kind !== "complaint") throw new DomainError("case-wrong-status", { number: item.number, status: item.status });
      statutory(item);
      const rule = deadlines.notAccepted(item.letterReceivedOn ?? today());
      if (!rule.grounds.some((g) => g.code === ground)) throw new DomainError("invalid-input", { field: { key: "field-case-ground" }, max: 0 });
      return act(actor, id, "not-accepted", notice, {
        status: "closed",
        result: notice.trim(),
        closedOn: today(),
        acceptBy: null,
        resolveBy: null,
      });
    },

    /** Anonymous information is checked (Luật Tố cáo Điều 25 khoản 2); it never becomes an accepted case. */
    verify(actor: Person | null, id: number, note: string) {
      expect(actor, id, ["information"]);
      return act(actor, id, "verifying", note, { status: "verifying" });
    },

    ask: (actor: Person | null, id: number, question: string) => act(actor, id, "question", question, {}),
    reply: (actor: Person | null, id: number, answer: string) => act(actor, id, "reply", answer, {}),
    forward: (actor: Person | null, id: number, to: string) => act(actor, id, "forward", to, { status: "forwarded", forwardedTo: to.trim() }),
    close: (actor: Person | null, id: number, result: string) =>
      act(actor, id, "result", result, { status: "closed", result: result.trim(), closedOn: today() }),
  };
}
