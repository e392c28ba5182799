// Dự thảo Quyết định khen thưởng (Nghị định 30/2020/NĐ-CP, Phụ lục III, mẫu 1.2: quyết định cá biệt quy định trực
// tiếp): the authority that issues it centred in capitals ("GIÁM ĐỐC SỞ NỘI VỤ"), the căn cứ of the Sở's competence,
// of the rule set the nominations were judged by and of the Sở's quy chế, "QUYẾT ĐỊNH:" centred, the articles (the
// titles and forms granted, the reward money and the fund it is paid from, effect, who carries it out), the Director's
// signature, and the list in an annex whose reference is left for the registry office (Phụ lục I, mục III.1.c).
import type { DocContext } from "./context";
import { article, basisLines, centredLine, type DocumentSpec, para } from "./layout";
import { type Group, groupLines, type ListData, listBody, whoCount } from "./list";
import { citationOn } from "./settings";
import { inRunningText, vietnameseNumber } from "./words";

/** "Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm 2023": what the decision does, from its groups. */
function subjectOf(ctx: DocContext, groups: Group[], year: number): string {
  const titles = groups.some((g) => g.kind === "title");
  const forms = groups.some((g) => g.kind === "form");
  return ctx.t(titles && forms ? "doc-decision-subject-both" : titles ? "doc-decision-subject-titles" : "doc-decision-subject-forms", {
    year: String(year),
  });
}

/** Điều 2: the money each title carries, with the article that sets it, and the fund that pays it. */
export function moneyClause(ctx: DocContext, groups: Group[], year: number): string {
  const { money } = ctx.basesOf(year);
  const priced = groups.filter((g) => money.coefficients[g.code] !== undefined);
  const others = groups.filter((g) => money.coefficients[g.code] === undefined);
  const amounts = priced.map((g) =>
    ctx.t("doc-decision-money-line", {
      award: g.award,
      times: vietnameseNumber(money.coefficients[g.code] ?? 0, 1),
    }),
  );
  return [
    priced.length > 0 ? ctx.t("doc-decision-money-priced", { cites: money.cites, amounts: amounts.join("; ") }) : null,
    others.length > 0 ? ctx.t("doc-decision-money-decree", { awards: others.map((g) => g.award).join(", "), decree: money.decree }) : null,
    ctx.t("doc-decision-money-fund", { fund: ctx.settings.fund }),
  ]
    .filter(Boolean)
    .join(" ");
}

export function decisionSpec(ctx: DocContext, deps: ListData, groups: Group[], year: number): DocumentSpec {
  const { t, settings } = ctx;
  const director = ctx.signers.director();
  const bases = ctx.basesOf(year);
  const yearEnd = `${year}-12-31`;
  const competence = citationOn(settings.competence, yearEnd);
  const rules = citationOn(settings.rules, yearEnd);
  ctx.need(
    ["parent", "name", "place", "symbol", "fund"],
    [
      !competence && { key: "doc-setting-competence-year", args: { year: String(year) } },
      !rules && { key: "doc-setting-rules-year", args: { year: String(year) } },
      !director && { key: "doc-setting-director" },
    ],
  );
  const authority = t("doc-decision-authority", { agency: inRunningText(settings.name) });
  return {
    draft: true,
    issuer: ctx.agency,
    number: t("doc-number-blank", { symbol: `QĐ-${settings.symbol}` }),
    placeAndDate: ctx.placeAndDate,
    kind: t("doc-decision-kind"),
    subject: subjectOf(ctx, groups, year),
    body: [
      centredLine(authority.toUpperCase()),
      ...basisLines([`Căn cứ ${competence}`, ...bases.lines, `Căn cứ ${rules}`, t("doc-decision-proposed-by")]),
      centredLine(t("doc-decision-decides")),
      article(1, t("doc-decision-article-1", { year: String(year), who: whoCount(ctx, groups) })),
      ...groupLines(ctx, groups).map((line, i, all) => para(`- ${line}${i === all.length - 1 ? "." : ";"}`)),
      article(2, moneyClause(ctx, groups, year)),
      article(3, t("doc-decision-article-3")),
      article(4, `${t("doc-decision-article-4")}./.`),
    ],
    signatures: [{ title: t("doc-title-director"), name: director ?? "" }],
    recipients: [t("doc-recipient-article-4"), t("doc-recipient-council"), ctx.filed],
    annexes: [
      {
        title: t("doc-decision-annex-title", { year: String(year) }),
        attachedTo: t("doc-decision-annex-attached", { symbol: `QĐ-${settings.symbol}`, signer: authority }),
        body: listBody(ctx, deps, groups),
      },
    ],
  };
}
