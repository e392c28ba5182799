// Creates the demo organisation on an empty database, in one transaction.
import { DateTime } from "luxon";
import type { CampaignService } from "../core/campaigns/service";
import { mergeProfile } from "../core/directory/profile";
import type { DirectoryService } from "../core/directory/service";
import type { UnitOfWork } from "../core/ports";
import type { OrganisationSetup } from "../core/services";
import type { Db } from "../db/client";
import { createDirectoryRepo } from "../db/repos/directory";
import { createDocumentSettingsStore } from "../db/repos/document-settings";
import type { Clock } from "../kernel/ports";
import { DEMO_DOCUMENT_SETTINGS, DEMO_PROFILES } from "./documents";
import { DEMO_CAMPAIGN, DEMO_OTHER_CAMPAIGNS, DEMO_UNITS } from "./organisation";

export function createDemoSetup(deps: {
  db: Db;
  directory: DirectoryService;
  campaigns: CampaignService;
  clock: Clock;
  uow: UnitOfWork;
  timezone: string;
}): OrganisationSetup {
  const repo = createDirectoryRepo(deps.db);
  return {
    isEmpty: () => repo.units().length === 0,
    seedDemo() {
      if (repo.units().length > 0) return { units: 0, people: 0, campaigns: 0 };
      return deps.uow.transaction(() => {
        const now = deps.clock.now();
        let people = 0;
        for (const unit of DEMO_UNITS) {
          const unitId = repo.insertUnit(unit.name, now);
          for (const person of unit.people) {
            const id = repo.insertPerson({ fullName: person.fullName, unitId, email: person.email, locale: null, status: "active" }, now);
            for (const role of person.roles) repo.addRole(id, role);
            const profile = DEMO_PROFILES[person.fullName];
            if (profile) repo.setProfile(id, mergeProfile(null, profile), now);
            // so that announcements in the terminal demo reach everyone (printed with ✉); /as moves the
            // operator's own console account onto the person acted as
            repo.upsertAccount(id, "console", `demo-${id}`);
            people++;
          }
        }
        // end of the day, local time, so "until 24/12" means the whole of the 24th
        // sample settings so every document can be written; the agency's own (catalog/agency.json) win over them
        createDocumentSettingsStore(deps.db).put("demo", DEMO_DOCUMENT_SETTINGS, now);
        const deadline = DateTime.fromJSDate(now, { zone: deps.timezone }).plus({ days: DEMO_CAMPAIGN.pledgeWindowDays }).endOf("day").toJSDate();
        const { pledgeWindowDays: _, ...campaign } = DEMO_CAMPAIGN;
        deps.campaigns.create({ ...campaign, pledgeDeadline: deadline, createdBy: null });
        for (const other of DEMO_OTHER_CAMPAIGNS) deps.campaigns.create({ ...other, pledgeDeadline: null, createdBy: null });
        return { units: DEMO_UNITS.length, people, campaigns: 1 + DEMO_OTHER_CAMPAIGNS.length };
      });
    },
  };
}
