// Builds the whole bot core from a configuration: database, repositories, services, commands, dispatcher.
// main.ts adds the adapters (which see only `port`); the CLI and the tests use this directly.
// Over 300 lines: the composition root of the core builds every repository and service in dependency order, and
// reads best as one list; it holds no logic of its own.

import { commands } from "../commands";
import { pledgeAgenda } from "../commands/support/pledge-agenda";
import { ballotAgenda, caseAgenda } from "../commands/support/work-agenda";
import { loadCaseRules, loadHolidays, missingHolidayYears } from "./catalog/case-rules";
import { loadAgency, loadCatalog, loadRatingRules, loadRuleSets } from "./catalog/load";
import { createChartRenderer } from "./charts";
import type { Config } from "./config";
import type { AdapterPort, Sender } from "./core/adapter-port";
import { createAgenda } from "./core/agenda";
import { createBallotBox, deriveKey } from "./core/ballots/box";
import { createBallotService } from "./core/ballots/service";
import { createUnitReviews } from "./core/ballots/unit-review";
import { createWrittenOpinions } from "./core/ballots/written";
import { rankAccounts } from "./core/broadcasts/audience";
import { createBroadcastService } from "./core/broadcasts/service";
import { createAwardCatalog } from "./core/campaigns/catalog";
import { createCampaignService } from "./core/campaigns/service";
import { createWorkCalendar } from "./core/cases/calendar";
import { createCaseDeadlines } from "./core/cases/deadlines";
import { createContactSeal } from "./core/cases/seal";
import { createCaseService } from "./core/cases/service";
import type { CommandContext, CommandSpec, FormValues, Outcome } from "./core/command";
import { dayOf } from "./core/dates";
import { createDialogEngine, createMemoryDialogStore } from "./core/dialog";
import { createLinkingService } from "./core/directory/linking";
import { createDirectoryService } from "./core/directory/service";
import { createDispatcher, createRegistry } from "./core/dispatch";
import { createAnnulmentService } from "./core/nominations/annul";
import { createNominationService } from "./core/nominations/service";
import { BALLOT_CHOICES } from "./core/nominations/types";
import { createPipeline } from "./core/pipeline";
import { createPledgeService } from "./core/pledges/service";
import type { Clock, Logger, Notifier, UnitOfWork } from "./core/ports";
import { SYSTEM_CLOCK } from "./core/ports";
import type { Reply } from "./core/reply";
import type { Locale, Platform } from "./core/roles";
import { createRuleBook } from "./core/rules/book";
import type { Services } from "./core/services";
import { createStandingService } from "./core/standings/service";
import { createWholeForms } from "./core/whole-form";
import { createYearEnd } from "./core/yearend";
import { createRatingRuleBook } from "./core/yearend/rating-rules";
import { type Db, inTransaction, openDatabase } from "./db/client";
import { createCommitBatch } from "./db/commit-batch";
import { resolveBallotKey, verifyBallotKey } from "./db/keys";
import { createAbuseCounters } from "./db/repos/abuse-counters";
import { createAnnulmentRepo } from "./db/repos/annulments";
import { createSealedBallotStore, createSessionRepo, sealLegacyBallots, truncateWal } from "./db/repos/ballots";
import { createBroadcastRepo } from "./db/repos/broadcasts";
import { createCampaignRepo, syncAwardCatalog } from "./db/repos/campaigns";
import { createCaseRepo } from "./db/repos/cases";
import { createDirectoryRepo } from "./db/repos/directory";
import { createFigures } from "./db/repos/figures";
import { createLinkCodeRepo } from "./db/repos/linking";
import { createNominationRepo } from "./db/repos/nominations";
import { createPledgeRepo } from "./db/repos/pledges";
import { createSeenRequestStore } from "./db/repos/seen-requests";
import { createStandingRepo } from "./db/repos/standings";
import { createAuditLog, createDialogStore } from "./db/repos/system";
import { createWrittenOpinionRepo } from "./db/repos/written-opinions";
import { createYearEndRepo } from "./db/repos/yearend";
import { createDemoSetup } from "./demo/seed";
import { createPaperwork } from "./documents";
import { createSpreadsheetExporter } from "./exports/spreadsheet";
import { createTranslator } from "./i18n/translator";

export interface AppOptions {
  config: Pick<Config, "DATABASE_URL" | "DEFAULT_LOCALE" | "TIMEZONE"> &
    Partial<Pick<Config, "AGENCY_PARENT" | "AGENCY_NAME" | "AGENCY_PLACE" | "AGENCY_SYMBOL" | "DIRECTOR_NAME" | "COUNCIL_CHAIR_NAME">> &
    Partial<
      Pick<
        Config,
        | "CASE_SEAL_KEY"
        | "CASE_SEAL_KEY_PREVIOUS"
        | "CASE_DAILY_LIMIT"
        | "BROADCAST_GRACE_HOURS"
        | "BALLOT_KEY"
        | "AGENCY_RULES_FILE"
        | "RULESETS_DIR"
        | "CASE_REMOTE_AREA"
        | "DB_COMMIT_WINDOW_MS"
      >
    >;
  logger: Logger;
  clock?: Clock;
}

export type App = ReturnType<typeof createApp>;

export function createApp({ config, logger, clock = SYSTEM_CLOCK }: AppOptions) {
  const db: Db = openDatabase(config.DATABASE_URL);
  let ballotKey: Buffer;
  try {
    ballotKey = resolveBallotKey({ configured: config.BALLOT_KEY, databaseUrl: config.DATABASE_URL, db, log: logger });
    verifyBallotKey(db, ballotKey, logger);
  } catch (error) {
    db.$client.close();
    throw error;
  }
  const uow: UnitOfWork = { transaction: (work) => inTransaction(db, work) };
  // requests' writes share commits; their replies, acks and notifications wait for them (see commit-batch.ts)
  const commits = createCommitBatch(db.$client, config.DB_COMMIT_WINDOW_MS ?? 2);
  const catalogData = loadCatalog();
  syncAwardCatalog(db, catalogData);
  const catalog = createAwardCatalog(catalogData);
  // the rules by period and the agency's own rules, validated now so a bad file stops the start
  const rules = createRuleBook(loadRuleSets(catalogData, config.RULESETS_DIR), loadAgency(catalogData, config.AGENCY_RULES_FILE));
  // a set whose check-by day has passed (a text that may change it was due) is named at every start until checked
  for (const set of rules.dueForCheck(dayOf(clock.now(), config.TIMEZONE)))
    logger.warn({ ruleSet: set.id, checkBy: set.checkBy }, "a rule set is past its check-by date: check it against the new texts");
  const audit = createAuditLog(db, clock);
  const translator = createTranslator({ timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE });

  const senders = new Map<Platform, Sender>();
  const observers: Array<(personId: number, reply: Reply) => void> = [];
  const directory = createDirectoryService({ repo: createDirectoryRepo(db), audit, clock, uow });
  const notifier: Notifier = {
    async notify(personId, reply) {
      for (const observe of observers) observe(personId, reply);
      const person = directory.getPerson(personId);
      const locale = person.locale ?? config.DEFAULT_LOCALE;
      // once per person, like announcements: the account they chose or last used; the next one if that send fails
      for (const account of rankAccounts(directory.accountsOf(personId), person)) {
        if (await sendTo(account.platform, account.externalId, reply, locale)) return;
      }
    },
    async notifyAccount(platform, externalId, locale, reply) {
      await sendTo(platform, externalId, reply, locale);
    },
  };
  /**
   * Whether the send went out: false without an adapter for the platform, on an error (logged without its text or
   * its recipient), or when the adapter found the account blocked (it marks it and does not throw).
   */
  async function sendTo(platform: Platform, externalId: string, reply: Reply, locale: Locale): Promise<boolean> {
    const send = senders.get(platform);
    if (!send) return false;
    try {
      // a notification tells of a write (a pledge to review): it leaves once that write is on disk
      await commits.durable();
      await send(externalId, reply, locale);
    } catch (error) {
      logger.warn({ platform, errorName: (error as Error).name }, "notification not delivered");
      return false;
    }
    return !directory.isBlocked({ platform, externalId });
  }

  const counters = createAbuseCounters(db, ballotKey);
  const campaigns = createCampaignService({ repo: createCampaignRepo(db), catalog, clock, audit });
  const pledges = createPledgeService({ repo: createPledgeRepo(db), campaigns, directory, catalog, audit, clock, uow, notifier });

  const agenda = createAgenda<Services>();
  agenda.register("pledges", pledgeAgenda);
  agenda.register("ballots", ballotAgenda);
  agenda.register("cases", caseAgenda);
  // whoever is told something has new things awaiting them: adapters showing an agenda refresh it
  observers.push((personId) => agenda.changed(personId));
  const broadcasts = createBroadcastService({
    repo: createBroadcastRepo(db),
    directory,
    pledges,
    campaigns,
    audit,
    clock,
    uow,
    notifier,
    timezone: config.TIMEZONE,
    defaultLocale: config.DEFAULT_LOCALE,
    graceMs: (config.BROADCAST_GRACE_HOURS ?? 6) * 3600_000,
  });

  const yearEnd = createYearEnd({
    // read when asked, after the nomination and ballot services below exist
    proposals: (campaignId) => nominations.ofCampaign(campaignId).filter((n) => n.nominee === "person" && n.kind === "year_end"),
    reviewedUnits: (campaignId) => unitReviews.reviewedUnits(campaignId),
    repo: createYearEndRepo(db),
    pledges,
    campaigns,
    directory,
    audit,
    clock,
    uow,
    notifier,
    timezone: config.TIMEZONE,
    ratingRules: createRatingRuleBook(loadRatingRules()),
    reviewNeedsPledge: rules.agency.reviewNeedsPledge.enabled,
    readsRating: (code, year) =>
      rules
        .forYear(year)
        .award(code)
        .criteria.some((c) => c.rating !== undefined),
  });
  const nominationRepo = createNominationRepo(db);
  const standings = createStandingService({ repo: createStandingRepo(db), directory, audit, clock, uow });
  const nominations = createNominationService({
    repo: nominationRepo,
    catalog,
    campaigns,
    directory,
    audit,
    clock,
    uow,
    notifier,
    // decisions and good deeds reach everyone through the announcement outbox (paced, reported, acknowledged)
    announcer: async ({ reply }) => void broadcasts.announceToEveryone(reply.blocks),
    timezone: config.TIMEZONE,
    book: rules,
    standings: standings.forPerson,
    unitStandings: standings.forUnit,
    // LĐTT's "hoàn thành tốt nhiệm vụ trở lên" reads the quality rating once a unit head has recorded it
    rating: yearEnd.ratings.gradeOf,
  });
  const annulments = createAnnulmentService({ repo: createAnnulmentRepo(db), nominations, audit, clock, uow });
  const sessionRepo = createSessionRepo(db);
  const ballotBox = createBallotBox({ store: createSealedBallotStore(db), key: ballotKey, choices: BALLOT_CHOICES });
  // a database from before sealed ballots: its plaintext lines are sealed (open sessions) or deleted, never lost
  const sealed = sealLegacyBallots(db, ballotBox);
  if (sealed > 0) logger.warn({ lines: sealed }, "plaintext ballot lines from an older version sealed or deleted");
  const writtenOpinions = createWrittenOpinions({
    sessions: sessionRepo,
    box: ballotBox,
    repo: createWrittenOpinionRepo(db),
    audit,
    clock,
    uow,
    allowed: rules.agency.council.absentInWriting.allowed,
  });
  const ballots = createBallotService({
    repo: sessionRepo,
    box: ballotBox,
    nominations,
    setStatus: (id, status, at) => nominationRepo.update(id, { status }, at),
    catalog,
    directory,
    audit,
    clock,
    uow,
    notifier,
    log: logger,
    quorumShare: rules.agency.council.quorum.share,
    unitReview: { quorumShare: rules.agency.unitReview.quorum.share, vote: rules.agency.unitReview.vote },
    writtenCount: writtenOpinions.count,
  });

  const unitReviews = createUnitReviews({ repo: sessionRepo, nominations, directory, audit, clock, uow, notifier, readiness: yearEnd.readiness });

  const holidays = loadHolidays();
  const uncovered = missingHolidayYears(holidays, clock.now());
  // working days in a year the list lacks count weekends only: the operator must add the government's schedule
  if (uncovered.length > 0) logger.warn({ years: uncovered }, "catalog/holidays.json lacks these years");
  const calendar = createWorkCalendar(holidays);
  const assumed = calendar.assumed();
  // days off the list only assumes (a bridge day, 24/11) are named at every start until the operator confirms them
  if (assumed.length > 0)
    logger.warn(
      { years: [...new Set(assumed.map((a) => a.year))], days: assumed.map((a) => a.date ?? `${a.year} (whole schedule)`) },
      "catalog/holidays.json assumes these days; check them against the government's announcement",
    );
  const cases = createCaseService({
    repo: createCaseRepo(db),
    directory,
    audit,
    clock,
    uow,
    notifier,
    deadlines: createCaseDeadlines(loadCaseRules(), calendar),
    remoteArea: config.CASE_REMOTE_AREA ?? false,
    timezone: config.TIMEZONE,
    dailyLimit: config.CASE_DAILY_LIMIT ?? 5,
    seal: config.CASE_SEAL_KEY
      ? createContactSeal(
          Buffer.from(config.CASE_SEAL_KEY, "base64"),
          config.CASE_SEAL_KEY_PREVIOUS ? Buffer.from(config.CASE_SEAL_KEY_PREVIOUS, "base64") : undefined,
        )
      : null,
    counters,
    forgetWal: () => truncateWal(db),
    log: logger,
  });
  // a rotated or lost CASE_SEAL_KEY: say at start how many reply addresses were re-sealed or cannot be opened
  const seals = cases.checkSealedContacts();
  if (seals.resealed + seals.unreadable > 0) logger.warn(seals, "sealed reply addresses checked against CASE_SEAL_KEY");

  const services: Services = {
    settings: { timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE },
    clock,
    log: logger,
    translator,
    notifier,
    exporter: createSpreadsheetExporter(config.TIMEZONE),
    charts: createChartRenderer(),
    catalog,
    directory,
    campaigns,
    pledges,
    setup: createDemoSetup({ db, directory, campaigns, clock, uow, timezone: config.TIMEZONE }),
    agenda,
    linking: createLinkingService({ repo: createLinkCodeRepo(db), directory, audit, clock, uow, counters, timezone: config.TIMEZONE }),
    nominations,
    rules,
    standings,
    annulments,
    writtenOpinions,
    ballots,
    cases,
    broadcasts,
    yearEnd,
    unitReviews,
    paperwork: createPaperwork({
      translator,
      clock,
      agency: {
        parent: config.AGENCY_PARENT ?? "UBND TỈNH",
        name: config.AGENCY_NAME ?? "SỞ NỘI VỤ",
        place: config.AGENCY_PLACE ?? "",
        symbol: config.AGENCY_SYMBOL ?? "SNV",
        directorName: config.DIRECTOR_NAME ?? "",
        councilChairName: config.COUNCIL_CHAIR_NAME ?? "",
        timezone: config.TIMEZONE,
      },
      directory,
      campaigns,
      pledges,
      nominations,
      ballots,
      catalog,
      yearEnd,
      // what the Sở grants in a year follows that year's rule set and the agency's rules; the rest it proposes upward
      grantsItself: (code, year) => rules.forYear(year).grantsItself(code),
      caseFigures: createFigures(db).caseFigures,
      cases,
    }),
  };

  const registry = createRegistry(commands);
  const run = async (ctx: CommandContext, command: CommandSpec, values: FormValues): Promise<Outcome> => command.run(ctx, values);
  const memoryDialogs = createMemoryDialogStore();
  const dialogs = createDialogEngine({ durable: createDialogStore(db, clock), memory: memoryDialogs, run, clock });
  const pipeline = createPipeline({ services, commands: () => registry.all(), cancelForm: dialogs.cancel });
  const dispatcher = createDispatcher({ registry, dialogs, pipeline, durability: commits });
  const wholeForms = createWholeForms({
    registry,
    pipeline,
    dialogs,
    drafts: createDialogStore(db, clock),
    memoryDrafts: memoryDialogs,
    durability: commits,
  });

  const port: AdapterPort = {
    services,
    registry,
    dialogs,
    dispatcher,
    wholeForms,
    seen: createSeenRequestStore(db, deriveKey(ballotKey, "seen requests")),
    durability: commits,
    registerSender: (platform: Platform, sender: Sender) => void senders.set(platform, sender),
    observeNotifications: (observer: (personId: number, reply: Reply) => void) => void observers.push(observer),
  };

  return {
    ...port,
    /** The narrow view adapters get; the rest (database, audit) is for the CLI and tests. */
    port,
    db,
    uow,
    audit,
    close: () => {
      commits.flush();
      db.$client.close();
    },
  };
}
