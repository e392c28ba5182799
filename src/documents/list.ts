// The year's list of nominations the council passed (approved) or the Sở already decided, grouped by title,
// individuals before collectives: the body of the Danh sách annexed to a submission or a decision.
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { DirectoryService } from "../core/directory/service";
import type { NominationService } from "../core/nominations/service";
import type { Nomination } from "../core/nominations/types";
import type { DocContext } from "./context";
import { dataTable, partHeading } from "./layout";

export type Level = "grant" | "upward";

export interface ListData {
  nominations: NominationService;
  directory: DirectoryService;
  catalog: AwardCatalog;
  /** Does the Sở grant this title itself in this year (else it proposes it upward)? */
  grantsItself: (awardCode: string, year: number) => boolean;
  /** Does the year's rule set (or the agency) ask the council to vote on this title? */
  voteRequired: (awardCode: string, year: number) => boolean;
}

export interface Group {
  code: string;
  award: string;
  kind: "title" | "form";
  nominee: Nomination["nominee"];
  items: Nomination[];
}

/**
 * Whether the council has passed a nomination: approved by its vote, or proposed for a title the year's rules do
 * not put to a vote (Lao động tiên tiến), or already decided, so the file copy still prints after /decide.
 */
export function isPassed(deps: Pick<ListData, "voteRequired">, n: Nomination): boolean {
  return n.status === "approved" || n.status === "decided" || (n.status === "proposed" && !deps.voteRequired(n.awardCode, n.year));
}

/** Passed nominations of the year at one level, grouped by title. */
export function groupsOf(deps: ListData, nominations: Nomination[], year: number, level: Level): Group[] {
  const atLevel = nominations.filter((n) => n.year === year && isPassed(deps, n) && deps.grantsItself(n.awardCode, year) === (level === "grant"));
  const groups = new Map<string, Group>();
  for (const n of atLevel) {
    const key = `${n.nominee}:${n.awardCode}`;
    const award = deps.catalog.get(n.awardCode);
    const group = groups.get(key) ?? {
      code: n.awardCode,
      award: award?.name.vi ?? n.awardCode,
      kind: award?.kind ?? "form",
      nominee: n.nominee,
      items: [],
    };
    group.items.push(n);
    groups.set(key, group);
  }
  const order = (g: Group) => (g.nominee === "person" ? 0 : 2) + (g.kind === "title" ? 0 : 1);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || a.award.localeCompare(b.award, "vi"));
}

/** How many different people, or collectives, the groups name (one person may hold two titles). */
export const count = (groups: Group[], nominee: Nomination["nominee"]) =>
  new Set(groups.filter((g) => g.nominee === nominee).flatMap((g) => g.items.map((n) => (nominee === "person" ? n.personId : n.unitId)))).size;

/** "3 cá nhân và 1 tập thể", "3 cá nhân", "1 tập thể". */
export function whoCount(ctx: DocContext, groups: Group[]): string {
  const persons = count(groups, "person");
  const units = count(groups, "unit");
  const part = (n: number, key: string) => (n > 0 ? ctx.t(key, { count: n }) : null);
  return [part(persons, "doc-who-person"), part(units, "doc-who-unit")].filter(Boolean).join(` ${ctx.t("doc-and")} `);
}

/** "Danh hiệu «Lao động tiên tiến»: 12 cá nhân" for each group. */
export function groupLines(ctx: DocContext, groups: Group[]): string[] {
  return groups.map((g) =>
    ctx.t(g.kind === "title" ? "doc-group-title" : "doc-group-form", {
      award: g.award,
      who: ctx.t(g.nominee === "person" ? "doc-who-person" : "doc-who-unit", { count: g.items.length }),
    }),
  );
}

export function listBody(ctx: DocContext, deps: ListData, groups: Group[]) {
  const { t } = ctx;
  // a year's titles can run to thousands of names: units and people read once, not per nomination
  const units = new Map(deps.directory.units().map((u) => [u.id, u.name]));
  const people = deps.directory.fullNames();
  const nominee = (n: Nomination) =>
    (n.nominee === "person" && n.personId !== null ? people.get(n.personId) : units.get(n.unitId)) ?? deps.nominations.nomineeName(n);
  return groups.flatMap((group, g) => [
    partHeading(
      t("doc-list-group", {
        n: roman(g + 1),
        award: group.award,
        who: t(group.nominee === "person" ? "doc-who-person" : "doc-who-unit", { count: group.items.length }),
      }),
    ),
    dataTable(
      group.nominee === "person"
        ? [t("doc-col-no"), t("doc-col-person"), t("doc-col-unit-of"), t("doc-col-achievements")]
        : [t("doc-col-no"), t("doc-col-unit"), t("doc-col-achievements")],
      group.items.map((n, i) => {
        const achievements = n.achievements.length > 300 ? `${n.achievements.slice(0, 297)}…` : n.achievements;
        return group.nominee === "person"
          ? [String(i + 1), nominee(n), units.get(n.unitId) ?? "", achievements]
          : [String(i + 1), nominee(n), achievements];
      }),
      group.nominee === "person" ? [12, 45, 45, 63] : [12, 60, 93],
    ),
  ]);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
export const roman = (n: number) => ROMAN[n - 1] ?? String(n);
