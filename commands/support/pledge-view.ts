// How a pledge is shown in chat: one list item with its titles, status and commitments.

import { type Pledge, pledgeStatusKey } from "../../src/core/pledges/types";
import { type Text, text } from "../../src/kernel/reply";
import type { CommandContext } from "./command";

const PREVIEW_LENGTH = 300;

export function awardNames(ctx: CommandContext, codes: string[]) {
  return codes.map((code) => ctx.services.catalog.get(code)?.name ?? code);
}

/** Who a pledge is for, in words: the person's name or the unit's name. */
export function pledgeSubject(ctx: CommandContext, pledge: Pledge): string {
  if (pledge.personId !== null) return ctx.services.directory.getPerson(pledge.personId).fullName;
  return ctx.services.directory.unit(pledge.unitId)?.name ?? String(pledge.unitId);
}

export function pledgeLine(ctx: CommandContext, pledge: Pledge): Text {
  const campaign = ctx.services.campaigns.get(pledge.campaignId);
  const commitments = pledge.commitments.length > PREVIEW_LENGTH ? `${pledge.commitments.slice(0, PREVIEW_LENGTH)}…` : pledge.commitments;
  return text(pledge.status === "returned" && pledge.returnReason ? "pledge-line-returned" : "pledge-line", {
    id: pledge.id,
    subject: pledgeSubject(ctx, pledge),
    campaign: campaign.title,
    titles: awardNames(ctx, pledge.awardCodes),
    status: text(pledgeStatusKey(pledge)),
    commitments,
    reason: pledge.returnReason ?? "",
    deadline: campaign.pledgeDeadline ?? "—",
  });
}
