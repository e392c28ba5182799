// The bag of domain services a command may call, built once in src/app.ts.

import type { FileStore } from "../kernel/files";
import type { Locale } from "../kernel/locale";
import type { Clock, Logger, Translator } from "../kernel/ports";
import type { BallotService } from "./ballots/service";
import type { UnitReviews } from "./ballots/unit-review";
import type { WrittenOpinionService } from "./ballots/written";
import type { BroadcastService } from "./broadcasts/service";
import type { AwardCatalog } from "./campaigns/catalog";
import type { CampaignService } from "./campaigns/service";
import type { CaseService } from "./cases/service";
import type { LinkingService } from "./directory/linking";
import type { DirectoryService } from "./directory/service";
import type { AnnulmentService } from "./nominations/annul";
import type { NominationService } from "./nominations/service";
import type { Paperwork } from "./paperwork";
import type { PledgeService } from "./pledges/service";
import type { ChartRenderer, Exporter, Notifier } from "./ports";
import type { Records } from "./records";
import type { FileImports } from "./records/chat-import";
import type { RuleBook } from "./rules/book";
import type { StandingService } from "./standings/service";
import type { YearEnd } from "./yearend";

export interface Settings {
  timezone: string;
  defaultLocale: Locale;
}

/** Setting up an organisation: a new database offers the demo one. */
export interface OrganisationSetup {
  isEmpty(): boolean;
  seedDemo(): { units: number; people: number; campaigns: number };
}

export interface Services {
  settings: Settings;
  clock: Clock;
  log: Logger;
  translator: Translator;
  notifier: Notifier;
  exporter: Exporter;
  /** Draws charts as PNG (sent beside a text summary of the same figures). */
  charts: ChartRenderer;
  catalog: AwardCatalog;
  directory: DirectoryService;
  campaigns: CampaignService;
  pledges: PledgeService;
  setup: OrganisationSetup;
  /** One-time codes pairing a person's accounts across platforms. */
  linking: LinkingService;
  nominations: NominationService;
  /** The rules by period and the agency's own (catalog/rulesets, catalog/agency.json). */
  rules: RuleBook;
  /** People's standings that bar or shape an award (Nghị định 152/2025 Điều 4). */
  standings: StandingService;
  /** Annulling recorded decisions. */
  annulments: AnnulmentService;
  /** Absent council members' written opinions, recorded by the secretary. */
  writtenOpinions: WrittenOpinionService;
  cases: CaseService;
  broadcasts: BroadcastService;
  ballots: BallotService;
  /** Closing the year: self-assessment, quality ratings, the roll-up by unit. */
  yearEnd: YearEnd;
  /** Files sent to the bot, fetched from their platform when a command reads them. */
  files: FileStore;
  /** A roster or a file of past decisions sent in chat: checked, summarised, saved on Confirm. */
  fileImports: FileImports;
  /** The record of achievements (hồ sơ thành tích): past and present titles and forms, by person and collective. */
  records: Records;
  /** A unit's year-end review (bình xét) by secret ballot, before its proposals reach the council. */
  unitReviews: UnitReviews;
  /** The documents the secretary files (.docx), written from what the bot holds. */
  paperwork: Paperwork;
}
