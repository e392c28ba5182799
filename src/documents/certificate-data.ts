// Which certificates a year's recorded decisions call for: every form the Sở grants (Giấy khen) and each title of
// the year's rule set that carries one, for nominations the secretary recorded with /decide (number and date known).
import type { AwardCatalog } from "../core/campaigns/catalog";
import type { DirectoryService } from "../core/directory/service";
import type { Person } from "../core/directory/types";
import { DomainError } from "../core/errors";
import type { Nomination } from "../core/nominations/types";
import type { Certificate } from "./certificates";
import type { DocContext } from "./context";
import { inRunningText } from "./words";

export function certificatesOf(
  ctx: DocContext,
  deps: { directory: DirectoryService; catalog: AwardCatalog; grantsItself: (code: string, year: number) => boolean; postOf: (p: Person) => string },
  decided: Nomination[],
  year: number,
): Certificate[] {
  const { certified } = ctx.basesOf(year);
  const director = ctx.signers.director();
  const units = new Map(deps.directory.units().map((u) => [u.id, u.name]));
  const list = decided
    .filter((n) => n.year === year && n.status === "decided" && n.decisionNo && n.decisionDate && deps.grantsItself(n.awardCode, year))
    .flatMap((n): Certificate[] => {
      const award = deps.catalog.get(n.awardCode);
      if (!award || (award.kind === "title" && !certified.includes(n.awardCode))) return [];
      const person = n.nominee === "person" && n.personId !== null ? deps.directory.getPerson(n.personId) : null;
      const unit = units.get(n.unitId) ?? "";
      const post = person ? deps.postOf(person) : "";
      return [
        {
          kind: award.kind,
          award: award.name.vi,
          name: person?.fullName ?? unit,
          detail: person
            ? [post || null, post.includes(unit.replace(/^(Phòng|Ban)\s+/, "")) ? null : unit].filter(Boolean).join(", ")
            : inRunningText(ctx.settings.name),
          year: n.year,
          achievement: ctx.t("doc-certificate-achievement", { year: String(n.year) }),
          decisionNo: n.decisionNo as string,
          decisionDate: n.decisionDate as string,
          // the signer /decide recorded ("Phạm Văn Hùng, Giám đốc"): its name; else the Director now
          signer: n.decisionSigner?.split(",")[0]?.trim() || director || "",
        },
      ];
    });
  if (list.length === 0) throw new DomainError("document-nothing");
  return list;
}
