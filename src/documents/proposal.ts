// Tờ trình đề nghị khen thưởng (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.4 with "Kính gửi", Phụ lục I mục
// II.9.b) and its Danh sách in an annex. What the Sở grants: the council submits it to the Director, signed by its
// chair "TM. HỘI ĐỒNG" with the chair's post in the Sở (II.7.c). What the Sở only proposes: the Sở submits it to the
// province's chairman, signed by the Director. Each title says how the council passed it: by its vote where it voted,
// agreed on the units' review where the rules ask no vote (Lao động tiên tiến) and none was held.
import type { DocContext } from "./context";
import { type DocumentSpec, para, withEndMark } from "./layout";
import { type Group, type Level, type ListData, listBody, whoCount } from "./list";
import { citationOn } from "./settings";
import { inRunningText } from "./words";

export interface ProposalData extends ListData {
  /** Nominations the council passed by its vote in a closed session. */
  voted: Set<number>;
}

/** "Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế" from "UBND TỈNH THỪA THIÊN HUẾ". */
export function provinceChair(parent: string): string {
  const words = parent
    .replace(/^\s*(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s*/iu, "")
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .filter(Boolean);
  const [level = "", ...name] = words;
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  const kind = level === "thành" && name[0] === "phố" ? "thành phố" : level;
  const rest = level === "thành" && name[0] === "phố" ? name.slice(1) : name;
  return `Chủ tịch Ủy ban nhân dân ${kind} ${rest.map(cap).join(" ")}`.trim();
}

/** How the council passed a title's nominations: by its vote, on the units' review where no vote is asked, or both. */
function groupBasis(ctx: DocContext, deps: ProposalData, group: Group): string {
  const who = ctx.t(group.nominee === "person" ? "doc-who-person" : "doc-who-unit", { count: group.items.length });
  const voted = group.items.filter((n) => deps.voted.has(n.id)).length;
  const key = voted === group.items.length ? "doc-proposal-line-voted" : voted === 0 ? "doc-proposal-line-agreed" : "doc-proposal-line-mixed";
  return ctx.t(key, { award: group.award, voted, who });
}

export function proposalSpec(ctx: DocContext, deps: ProposalData, groups: Group[], year: number, level: Level): DocumentSpec {
  const { t, settings } = ctx;
  const y = String(year);
  const rules = citationOn(settings.rules, `${year}-12-31`);
  const bases = ctx.basesOf(year);
  const lines = groups.map((g, i) => para(`- ${groupBasis(ctx, deps, g)}${i === groups.length - 1 ? "." : ";"}`));
  const common = [...bases.lines.map((line) => para(`${line};`)), ...(rules ? [para(`Căn cứ ${rules};`)] : [])];
  if (level === "grant") {
    const chair = ctx.signers.chair();
    ctx.need(
      ["parent", "name", "place"],
      [!chair && { key: "doc-setting-councilChair" }, !rules && { key: "doc-setting-rules-year", args: { year: y } }],
    );
    return {
      issuer: ctx.council,
      number: t("doc-number-blank", { symbol: "TTr-HĐTĐKT" }),
      placeAndDate: ctx.placeAndDate,
      kind: t("doc-proposal-kind"),
      subject: t("doc-proposal-subject-grant", { year: y }),
      addressedTo: [t("doc-proposal-to-director", { agency: inRunningText(settings.name) })],
      body: [
        ...common,
        para(t("doc-proposal-body-grant", { year: y, who: whoCount(ctx, groups) })),
        ...lines,
        para(t("doc-proposal-list-attached")),
        withEndMark(t("doc-proposal-ask-director")),
      ],
      signatures: [{ authority: t("doc-authority-council"), title: t("doc-title-chair"), otherTitle: chair?.post ?? "", name: chair?.name ?? "" }],
      recipients: [t("doc-recipient-as-above"), t("doc-recipient-council-members"), ctx.filed],
      annexes: [
        {
          title: t("doc-list-title", { year: y }),
          attachedTo: t("doc-list-attached-council", { agency: inRunningText(settings.name) }),
          body: listBody(ctx, deps, groups),
        },
      ],
    };
  }
  const director = ctx.signers.director();
  ctx.need(["parent", "name", "place", "symbol"], [!director && { key: "doc-setting-director" }]);
  return {
    issuer: ctx.agency,
    number: t("doc-number-blank", { symbol: `TTr-${settings.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-proposal-kind"),
    subject: t("doc-proposal-subject-upward", { year: y }),
    addressedTo: [provinceChair(settings.parent)],
    body: [
      ...common,
      para(t("doc-proposal-body-upward", { year: y, agency: inRunningText(settings.name), who: whoCount(ctx, groups) })),
      ...lines,
      para(t("doc-proposal-list-attached-files")),
      withEndMark(t("doc-proposal-ask-province", { agency: inRunningText(settings.name) })),
    ],
    signatures: [{ title: t("doc-title-director"), name: director ?? "" }],
    recipients: [t("doc-recipient-as-above"), t("doc-recipient-council"), ctx.filed],
    annexes: [
      {
        title: t("doc-list-title", { year: y }),
        attachedTo: t("doc-list-attached-agency", { symbol: `TTr-${settings.symbol}`, agency: inRunningText(settings.name) }),
        body: listBody(ctx, deps, groups),
      },
    ],
  };
}
