// The pledge feature's part of a person's agenda: their own pledges, and pledges awaiting their confirmation.

import { hasRole } from "../../src/core/directory/service";
import { PLEDGE_REVIEWERS, PLEDGERS } from "../../src/core/roles";
import type { AgendaProvider, AgendaSection } from "../../src/engine/agenda";
import { button, text } from "../../src/kernel/reply";
import { REVIEW_ACTIONS } from "../review";
import type { AppTypes, CommandContext } from "./command";
import { pledgeLine } from "./pledge-view";

export const pledgeAgenda: AgendaProvider<AppTypes> = ({ person, locale, services }) => {
  // pledgeLine reads only the services and the locale from a command context
  const ctx = { actor: person, locale, services } as CommandContext;
  const sections: AgendaSection[] = [];
  if (hasRole(person, ...PLEDGE_REVIEWERS)) {
    const queue = services.pledges.reviewQueue(person);
    sections.push({
      id: "pledges.review",
      pending: true,
      title: text("agenda-pledges-to-confirm", { count: queue.length }),
      items: queue.slice(0, 10).map((p) => pledgeLine(ctx, p)),
      empty: text("agenda-nothing-to-confirm"),
      buttons: queue.slice(0, 5).map((p) => [button(text("btn-review-pledge", { id: p.id }), REVIEW_ACTIONS.open.payload(p.id), "primary")]),
    });
  }
  if (hasRole(person, ...PLEDGERS)) {
    const mine = services.pledges.mine(person);
    sections.push({
      id: "pledges.mine",
      title: text("agenda-my-pledges"),
      items: mine.slice(0, 10).map((p) => pledgeLine(ctx, p)),
      empty: text("agenda-no-pledges"),
    });
  }
  return sections;
};
