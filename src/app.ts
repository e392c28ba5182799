// Builds the whole bot from a configuration: database, repositories, the domain's services in dependency order,
// then notifications (wiring/notifications.ts) and the engine with the port adapters see (wiring/engine.ts).
// main.ts adds the adapters; the CLI and the tests use this directly.
// Over 300 lines: it is the composition root, a flat list of constructions in dependency order with no logic of
// its own; cutting it would only scatter that order across files.

import { loadCaseRules, loadHolidays, missingHolidayYears } from "./catalog/case-rules";
import { loadAgency, loadCatalog, loadRatingRules, loadRuleSets } from "./catalog/load";
import { loadRecordAwards } from "./catalog/record-awards";
import { createChartRenderer } from "./charts";
import type { Config } from "./config";
import { createBallotBox, deriveKey } from "./core/ballots/box";
import { createBallotService } from "./core/ballots/service";
import { createUnitReviews } from "./core/ballots/unit-review";
import { createWrittenOpinions } from "./core/ballots/written";
import { createRunningPlatforms } from "./core/broadcasts/reach";
import { createBroadcastService } from "./core/broadcasts/service";
import { createAwardCatalog } from "./core/campaigns/catalog";
import { createCampaignService } from "./core/campaigns/service";
import { createWorkCalendar } from "./core/cases/calendar";
import { createCaseDeadlines } from "./core/cases/deadlines";
import { createContactSeal } from "./core/cases/seal";
import { createCaseService } from "./core/cases/service";
import { createLinkingService } from "./core/directory/linking";
import { createDirectoryService } from "./core/directory/service";
import { createAnnulmentService } from "./core/nominations/annul";
import { createNominationService } from "./core/nominations/service";
import { BALLOT_CHOICES } from "./core/nominations/types";
import { createPledgeService } from "./core/pledges/service";
import type { UnitOfWork } from "./core/ports";
import { createRecords } from "./core/records";
import { createRecordAwards } from "./core/records/awards";
import { createFileImports } from "./core/records/chat-import";
import { createRuleBook } from "./core/rules/book";
import type { Services } from "./core/services";
import { createStandingService } from "./core/standings/service";
import { createYearEnd } from "./core/yearend";
import { createRatingRuleBook } from "./core/yearend/rating-rules";
import { type Db, inTransaction, openDatabase } from "./db/client";
import { createCommitBatch } from "./db/commit-batch";
import { existingBallotKey, resolveBallotKey, verifyBallotKey } from "./db/keys";
import { createAbuseCounters } from "./db/repos/abuse-counters";
import { createAnnulmentRepo } from "./db/repos/annulments";
import { createSealedBallotStore, createSessionRepo, sealLegacyBallots, truncateWal, withholdUnpublishedCounts } from "./db/repos/ballots";
import { createBroadcastRepo } from "./db/repos/broadcasts";
import { createCampaignRepo, syncAwardCatalog } from "./db/repos/campaigns";
import { createCaseRepo } from "./db/repos/cases";
import { createDirectoryRepo } from "./db/repos/directory";
import { createDocumentSettingsStore } from "./db/repos/document-settings";
import { createFigures } from "./db/repos/figures";
import { createFileImportRepo } from "./db/repos/file-imports";
import { createLinkCodeRepo } from "./db/repos/linking";
import { createNominationRepo } from "./db/repos/nominations";
import { createPledgeRepo } from "./db/repos/pledges";
import { createRecordRepo } from "./db/repos/records";
import { createStandingRepo } from "./db/repos/standings";
import { createAuditLog } from "./db/repos/system";
import { createWrittenOpinionRepo } from "./db/repos/written-opinions";
import { createYearEndRepo } from "./db/repos/yearend";
import { createDemoSetup } from "./demo/seed";
import { createPaperwork } from "./documents";
import { loadLegalBases } from "./documents/bases";
import { documentSettingsFrom, loadAgencyDocumentSettings } from "./documents/settings-sources";
import { createSpreadsheetExporter } from "./exports/spreadsheet";
import { createTranslator } from "./i18n/translator";
import { dayOf } from "./kernel/dates";
import type { Clock, Logger } from "./kernel/ports";
import { SYSTEM_CLOCK } from "./kernel/ports";
import { AWARD_FILE_LIMITS, ROSTER_LIMITS, RosterFileError, readSheetBytes } from "./roster/read";
import { createEngine } from "./wiring/engine";
import { createFileLinkWiring } from "./wiring/file-links";
import { createFileStore } from "./wiring/files";
import { createNotifications } from "./wiring/notifications";

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
        | "PUBLIC_URL"
        | "FILE_LINK_HOURS"
      >
    >;
  logger: Logger;
  clock?: Clock;
  /**
   * "cli": an operator's command. It never creates a key file or records the key's check value (a CLI run without
   * BALLOT_KEY used to replace it, resetting the dedupe and abuse counters), and leaves the start-up repairs (sealing
   * an older version's ballot lines, wiping drafts) to the bot, which has the right key.
   */
  role?: "bot" | "cli";
  /** Work on an in-memory copy of the database file: a dry run, which must write nothing. */
  snapshot?: boolean;
}

export type App = ReturnType<typeof createApp>;

export function createApp({ config, logger, clock = SYSTEM_CLOCK, role = "bot", snapshot = false }: AppOptions) {
  const db: Db = openDatabase(config.DATABASE_URL, { snapshot });
  const bot = role === "bot";
  let ballotKey: Buffer;
  try {
    if (bot) {
      ballotKey = resolveBallotKey({ configured: config.BALLOT_KEY, databaseUrl: config.DATABASE_URL, db, log: logger });
      verifyBallotKey(db, ballotKey, logger);
    } else ballotKey = existingBallotKey(config.BALLOT_KEY, config.DATABASE_URL);
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
  // a set whose check-by day has passed (a text that may change it was due) is named at every start of the bot until
  // checked (an operator's CLI command is not a start: its output stays what the command says)
  for (const set of bot ? rules.dueForCheck(dayOf(clock.now(), config.TIMEZONE)) : [])
    logger.warn({ ruleSet: set.id, checkBy: set.checkBy }, "a rule set is past its check-by date: check it against the new texts");
  // what the documents cite for each rule set, checked now like the rule sets themselves
  const legalBases = loadLegalBases();
  const audit = createAuditLog(db, clock);
  const translator = createTranslator({ timezone: config.TIMEZONE, defaultLocale: config.DEFAULT_LOCALE });

  const { files, registerFileFetcher } = createFileStore();
  // the platforms with an outbox worker, said by the runtime at start: only they get deliveries and notifications
  const running = createRunningPlatforms();
  const directory = createDirectoryService({ repo: createDirectoryRepo(db), audit, clock, uow });
  const notifications = createNotifications({ directory, commits, logger, defaultLocale: config.DEFAULT_LOCALE });
  // files for people on a platform that cannot carry them (Zalo): one-time links, when PUBLIC_URL is set
  const fileLinks = createFileLinkWiring({
    db,
    directory,
    audit,
    clock,
    uow,
    defaultLocale: config.DEFAULT_LOCALE,
    publicUrl: config.PUBLIC_URL,
    hours: config.FILE_LINK_HOURS ?? 24,
  });
  const { notifier } = notifications;

  const counters = createAbuseCounters(db, ballotKey);
  const campaigns = createCampaignService({ repo: createCampaignRepo(db), catalog, clock, audit });
  const pledges = createPledgeService({ repo: createPledgeRepo(db), campaigns, directory, catalog, audit, clock, uow, notifier });

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
    running,
  });

  const yearEndRepo = createYearEndRepo(db);
  const yearEnd = createYearEnd({
    // read when asked, after the nomination and ballot services below exist
    proposals: (campaignId) => nominations.ofCampaign(campaignId).filter((n) => n.nominee === "person" && n.kind === "year_end"),
    reviewedUnits: (campaignId) => unitReviews.reviewedUnits(campaignId),
    repo: yearEndRepo,
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
  // the record of achievements: the bot's decisions enter it as they are made, past ones by import
  const records = createRecords({
    repo: createRecordRepo(db),
    ratings: yearEndRepo,
    awards: createRecordAwards(catalog, loadRecordAwards(catalogData)),
    directory,
    roster: createDirectoryRepo(db),
    audit,
    clock,
    uow,
    timezone: config.TIMEZONE,
    levelOf: (code, year) => rules.forYear(year).grant(code).level,
  });
  const recordedLate = records.catchUp();
  if (recordedLate > 0) logger.info({ decisions: recordedLate }, "decisions made before the record of achievements entered it");
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
    records,
  });
  const annulments = createAnnulmentService({ repo: createAnnulmentRepo(db), nominations, audit, clock, uow, records });
  const sessionRepo = createSessionRepo(db);
  const ballotBox = createBallotBox({ store: createSealedBallotStore(db), key: ballotKey, choices: BALLOT_CHOICES });
  // a database from before sealed ballots: its plaintext lines are sealed (open sessions) or deleted, never lost
  const sealed = bot ? sealLegacyBallots(db, ballotBox) : 0;
  if (sealed > 0) logger.warn({ lines: sealed }, "plaintext ballot lines from an older version sealed or deleted");
  const withheld = bot ? withholdUnpublishedCounts(db) : 0;
  if (withheld > 0) logger.warn({ sessions: withheld }, "counts of sessions closed without a quorum by an older version deleted");
  const writtenOpinions = createWrittenOpinions({
    sessions: sessionRepo,
    box: ballotBox,
    repo: createWrittenOpinionRepo(db),
    audit,
    clock,
    uow,
    allowed: rules.agency.council.absentInWriting.allowed,
    forgetWal: () => truncateWal(db),
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
  // days off the list only assumes (a bridge day, 24/11) are named at every start of the bot until confirmed
  if (bot && assumed.length > 0)
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
  const seals = bot ? cases.checkSealedContacts() : { resealed: 0, unreadable: 0 };
  if (seals.resealed + seals.unreadable > 0) logger.warn(seals, "sealed reply addresses checked against CASE_SEAL_KEY");

  const fileImports = createFileImports({
    repo: createFileImportRepo(db),
    files,
    records,
    directoryRepo: createDirectoryRepo(db),
    audit,
    clock,
    uow,
    async readSheet(bytes, fileName, kind) {
      try {
        return await readSheetBytes(bytes, fileName, kind === "awards" ? AWARD_FILE_LIMITS : ROSTER_LIMITS);
      } catch (error) {
        if (error instanceof RosterFileError) return { problem: error.problem };
        throw error;
      }
    },
  });

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
    records,
    files,
    fileImports,
    unitReviews,
    paperwork: createPaperwork({
      translator,
      clock,
      settings: documentSettingsFrom(
        loadAgencyDocumentSettings(config.AGENCY_RULES_FILE),
        config,
        createDocumentSettingsStore(db).get,
        config.TIMEZONE,
      ),
      legalBases,
      records,
      ruleSetOf: (year) => rules.forYear(year).set.id,
      directory,
      campaigns,
      pledges,
      nominations,
      ballots,
      catalog,
      yearEnd,
      // what the Sở grants in a year follows that year's rule set and the agency's rules; the rest it proposes upward
      grantsItself: (code, year) => rules.forYear(year).grantsItself(code),
      voteRequired: (code, year) => rules.forYear(year).vote(code).required,
      writtenBy: writtenOpinions.writtenBy,
      caseFigures: createFigures(db).caseFigures,
      cases,
    }),
  };

  const { port, registry } = createEngine({
    db,
    repairDrafts: bot,
    services,
    directory,
    config,
    clock,
    logger,
    translator,
    commits,
    notifications,
    seenKey: deriveKey(ballotKey, "seen requests"),
    registerFileFetcher,
    fileLinks: fileLinks.port,
  });

  return {
    ...port,
    /** The narrow view adapters get; the rest (services, database, audit) is for the CLI and tests. */
    port,
    services,
    registry,
    db,
    uow,
    audit,
    /** One-time file links: the sweep (at start and on a timer) and the door the HTTP route opens them through. */
    fileLinks: { sweep: fileLinks.links.sweep, door: fileLinks.door },
    close: () => {
      commits.flush();
      db.$client.close();
    },
  };
}
