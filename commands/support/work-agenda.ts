// The council's and the case handlers' parts of a person's agenda (Slack's App Home): ballots still to cast, and
// open cases with their nearest deadline. A case handler sees numbers and deadlines only, never a sender.

import { currentDeadline } from "../../src/core/cases/deadlines";
import { caseKindKey } from "../../src/core/cases/types";
import { hasRole } from "../../src/core/directory/service";
import type { AgendaProvider, AgendaSection } from "../../src/engine/agenda";
import { button, text } from "../../src/kernel/reply";
import { CASES_ACTIONS } from "../cases";
import { VOTE_ACTIONS } from "../vote";
import { showDay } from "./case-day";
import type { AppTypes } from "./command";

export const ballotAgenda: AgendaProvider<AppTypes> = ({ person, services }) => {
  if (!hasRole(person, "council")) return [];
  const waiting = services.ballots
    .all()
    .filter((s) => s.status === "open" && services.ballots.isMember(s.id, person.id) && !services.ballots.hasVoted(s.id, person.id));
  const section: AgendaSection = {
    id: "ballots.open",
    pending: true,
    title: text("agenda-ballots", { count: waiting.length }),
    items: waiting.map((s) => text("agenda-ballot-line", { id: s.id, title: s.title, endsAt: s.endsAt })),
    empty: text("agenda-no-ballots"),
    buttons: waiting.slice(0, 5).map((s) => [button(text("btn-agenda-vote", { id: s.id }), VOTE_ACTIONS.open.payload(s.id), "primary")]),
  };
  return [section];
};

export const caseAgenda: AgendaProvider<AppTypes> = ({ person, services }) => {
  if (!hasRole(person, "case_handler")) return [];
  const open = services.cases.list(person, "open");
  return [
    {
      id: "cases.open",
      pending: open.length > 0,
      title: text("agenda-cases", { count: open.length }),
      items: open.slice(0, 10).map((c) =>
        text("agenda-case-line", {
          number: c.number,
          kind: text(caseKindKey(c)),
          deadline: showDay(currentDeadline(c)),
        }),
      ),
      empty: text("agenda-no-cases"),
      buttons: open.length > 0 ? [[button("btn-open-cases", CASES_ACTIONS.list.payload("open"), "primary")]] : [],
    },
  ];
};
