// SQLite implementation of campaigns, and the sync of the award catalog into its table.
import { eq } from "drizzle-orm";
import type { Catalog } from "../../core/campaigns/catalog";
import type { CampaignRepo } from "../../core/campaigns/service";
import type { Campaign } from "../../core/campaigns/types";
import type { Db } from "../client";
import { awards, campaignAwards, campaigns } from "../schema";

/** A campaigns row as SQLite gives it: the deadline in milliseconds. */
type CampaignRow = Omit<Campaign, "pledgeDeadline" | "awardCodes"> & { pledgeDeadline: number | null };

export function createCampaignRepo(db: Db): CampaignRepo {
  // read on every pledge form and list: plain statements prepared once, whose rows better-sqlite3 builds itself
  const sqlite = db.$client;
  const columns = "id, code, title, description, kind, starts_on as startsOn, ends_on as endsOn, pledge_deadline as pledgeDeadline from campaigns";
  const allCampaigns = sqlite.prepare<[], CampaignRow>(`select ${columns} order by id`);
  const campaignById = sqlite.prepare<[number], CampaignRow>(`select ${columns} where id = ?`);
  const campaignByCode = sqlite.prepare<[string], CampaignRow>(`select ${columns} where code = ?`);
  const awardsOf = sqlite.prepare<[number], string>("select award_code from campaign_awards where campaign_id = ?").pluck();
  function hydrate(row: CampaignRow): Campaign {
    const { id, code, title, description, kind, startsOn, endsOn, pledgeDeadline } = row;
    const deadline = pledgeDeadline === null ? null : new Date(pledgeDeadline);
    return { id, code, title, description, kind, startsOn, endsOn, pledgeDeadline: deadline, awardCodes: awardsOf.all(id) };
  }
  return {
    all: () => allCampaigns.all().map(hydrate),
    get(id) {
      const row = campaignById.get(id);
      return row ? hydrate(row) : null;
    },
    byCode(code) {
      const row = campaignByCode.get(code);
      return row ? hydrate(row) : null;
    },
    insert(input, at) {
      return db.$client.transaction(() => {
        const { awardCodes, ...row } = input;
        const id = db
          .insert(campaigns)
          .values({ ...row, createdAt: at })
          .returning({ id: campaigns.id })
          .get().id;
        for (const code of awardCodes) db.insert(campaignAwards).values({ campaignId: id, awardCode: code }).run();
        return id;
      })();
    },
    update(id, input) {
      db.$client.transaction(() => {
        const { awardCodes, ...row } = input;
        db.update(campaigns).set(row).where(eq(campaigns.id, id)).run();
        db.delete(campaignAwards).where(eq(campaignAwards.campaignId, id)).run();
        for (const code of awardCodes) db.insert(campaignAwards).values({ campaignId: id, awardCode: code }).run();
      })();
    },
  };
}

/** Copies the catalog file into the awards table so pledges and nominations can reference codes. */
export function syncAwardCatalog(db: Db, catalog: Catalog): void {
  db.$client.transaction(() => {
    for (const award of catalog.awards) {
      const row = {
        kind: award.kind,
        subject: award.subject,
        nameVi: award.name.vi,
        nameEn: award.name.en,
        pledgeable: award.pledgeable,
        definition: award,
      };
      db.insert(awards)
        .values({ code: award.code, ...row })
        .onConflictDoUpdate({ target: awards.code, set: row })
        .run();
    }
  })();
}
