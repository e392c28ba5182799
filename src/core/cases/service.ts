// Petitions about emulation and commendation: submitted by direct message, named or anonymous, followed with a
// receipt code, handled by people with the case_handler role against statutory deadlines. One file per group of
// verbs: intake.ts (the sender's), handling.ts (the handler's decisions), reading.ts (lists and figures),
// notices.ts (digest, reminders, sealed addresses), over what they share in context.ts.
//
// Anonymity is kept by what is never written: an anonymous case stores no sender, only the day it came, and its
// sender's actions reach the audit log only with the next digest, dated by day, so neither a row's time nor its
// place among other rows can be matched to a message on the platform.
import { type CaseDeps, createCaseContext } from "./context";
import { createCaseHandling } from "./handling";
import { createCaseIntake } from "./intake";
import { createCaseNotices } from "./notices";
import { createCaseReading } from "./reading";

export type CaseService = ReturnType<typeof createCaseService>;

export function createCaseService(deps: CaseDeps) {
  const ctx = createCaseContext(deps);
  const { getCase, handlerOnly, act, today } = ctx;
  return {
    ...createCaseReading(ctx),
    ...createCaseIntake(ctx),
    ...createCaseHandling({ getCase, handlerOnly, act, today, deadlines: deps.deadlines, remoteArea: deps.remoteArea }),
    ...createCaseNotices(ctx),
  };
}
