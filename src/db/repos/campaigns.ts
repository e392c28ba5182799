// SQLite implementation of campaigns, and the sync of the award catalog into its table.
import { eq, sql } from "drizzle-orm";
import type { Catalog } from "../../core/campaigns/catalog";
import type { CampaignRepo } from "../../core/campaigns/service";
import type { Campaign } from "../../core/campaigns/types";
import type { Db } from "../client";
import { awards, campaignAwards, campaigns } from "../schema";

export function createCampaignRepo(db: Db): CampaignRepo {
  // read on every pledge form and list: prepared once rather than built and prepared on each call
  const awardsOf = db
    .select()
    .from(campaignAwards)
    .where(eq(campaignAwards.campaignId, sql.placeholder("id")))
    .prepare();
  const allCampaigns = db.select().from(campaigns).orderBy(campaigns.id).prepare();
  const campaignById = db
    .select()
    .from(campaigns)
    .where(eq(campaigns.id, sql.placeholder("id")))
    .prepare();
  function hydrate(row: typeof campaigns.$inferSelect): Campaign {
    const codes = awardsOf.all({ id: row.id });
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      description: row.description,
      kind: row.kind,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      pledgeDeadline: row.pledgeDeadline,
      awardCodes: codes.map((c) => c.awardCode),
    };
  }
  return {
    all: () => allCampaigns.all().map(hydrate),
    get(id) {
      const row = campaignById.get({ id });
      return row ? hydrate(row) : null;
    },
    byCode(code) {
      const row = db.select().from(campaigns).where(eq(campaigns.code, code)).get();
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
