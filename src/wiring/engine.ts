// The conversation engine bound to this app: the host it reads the domain through (who is behind an account, the
// names behind person and unit fields), the command registry, dialogs kept in SQLite (complaints' in memory), the
// pipeline, the dispatcher, whole forms, the agenda's providers, and the port adapters see.
import { commands } from "../../commands";
import type { AppTypes, CommandContext, CommandSpec } from "../../commands/support/command";
import { pledgeAgenda } from "../../commands/support/pledge-agenda";
import { ballotAgenda, caseAgenda } from "../../commands/support/work-agenda";
import type { Config } from "../config";
import type { DirectoryService } from "../core/directory/service";
import type { Services } from "../core/services";
import type { Db } from "../db/client";
import { truncateWal } from "../db/repos/ballots";
import { createSeenRequestStore } from "../db/repos/seen-requests";
import { createDialogStore, wipeDrafts } from "../db/repos/system";
import type { AdapterPort } from "../engine/adapter-port";
import { createAgenda } from "../engine/agenda";
import type { FormValues, Outcome } from "../engine/command";
import { createDialogEngine } from "../engine/dialog";
import { createMemoryDialogStore } from "../engine/dialog-store";
import { createDispatcher, createRegistry } from "../engine/dispatch";
import type { EngineHost } from "../engine/host";
import { createPipeline } from "../engine/pipeline";
import { createWholeForms } from "../engine/whole-form";
import type { Clock, Durability, Logger, Translator } from "../kernel/ports";
import type { Notifications } from "./notifications";

export function createEngine(deps: {
  db: Db;
  /** Wipe what memory-only forms left in dialog_states (the bot at start; never an operator's CLI command). */
  repairDrafts: boolean;
  services: Services;
  directory: DirectoryService;
  config: Pick<Config, "DEFAULT_LOCALE" | "TIMEZONE">;
  clock: Clock;
  logger: Logger;
  translator: Translator;
  commits: Durability;
  notifications: Notifications;
  /** Keys the dedupe store's hashes (derived from the ballot key, so a copy of the database cannot test them). */
  seenKey: Buffer;
  /** Lets an adapter whose platform carries files fetch them (./files.ts). */
  registerFileFetcher: AdapterPort["registerFileFetcher"];
  /** One-time links to files, for a platform that cannot carry them (./file-links.ts). */
  fileLinks: AdapterPort["fileLinks"];
}) {
  const { db, services, directory, config, clock, logger, translator, commits, notifications } = deps;

  const agenda = createAgenda<AppTypes>(logger);
  agenda.register("pledges", pledgeAgenda);
  agenda.register("ballots", ballotAgenda);
  agenda.register("cases", caseAgenda);
  // whoever is told something has new things awaiting them: adapters showing an agenda refresh it
  notifications.observe((personId) => agenda.changed(personId));

  const registry = createRegistry(commands);
  // forms kept in memory only (a complaint, a written opinion) may have rows in dialog_states from older versions,
  // or from a Slack modal's confirmation step: wiped at each start, and the WAL with them
  const wiped = deps.repairDrafts
    ? wipeDrafts(
        db,
        commands.filter((c) => c.form?.storage === "memory").map((c) => c.name),
      )
    : 0;
  if (wiped > 0) {
    truncateWal(db);
    logger.warn({ drafts: wiped }, "drafts of memory-only forms left in the database by an older version wiped");
  }
  const run = async (ctx: CommandContext, command: CommandSpec, values: FormValues): Promise<Outcome> => command.run(ctx, values);
  const memoryDialogs = createMemoryDialogStore(() => clock.now().getTime());
  const dialogs = createDialogEngine({ durable: createDialogStore(db, clock), memory: memoryDialogs, run, clock });
  const host: EngineHost<AppTypes> = {
    services,
    actors: { actorOf: directory.resolveAccount, noteInbound: directory.noteInbound, noteCommand: directory.noteCommand },
    names: {
      findPerson: (typed) => directory.findOnePerson(typed).id,
      personName: (id) => directory.getPerson(id).fullName,
      findUnit: (typed) => directory.findUnit(typed).id,
      unitName: (id) => directory.unit(id)?.name,
    },
    defaultLocale: config.DEFAULT_LOCALE,
    timezone: config.TIMEZONE,
    clock,
    log: logger,
    translator,
  };
  const pipeline = createPipeline({ host, commands: () => registry.all(), cancelForm: dialogs.cancel });
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
    registry,
    dialogs,
    dispatcher,
    wholeForms,
    seen: createSeenRequestStore(db, deps.seenKey),
    durability: commits,
    translator,
    defaultLocale: config.DEFAULT_LOCALE,
    people: {
      ofAccount: directory.resolveAccount,
      byId: directory.getPerson,
      accountsOf: (personId) =>
        directory.accountsOf(personId).map((a) => ({ platform: a.platform, externalId: a.externalId, blocked: a.blockedAt !== null })),
      markBlocked: directory.markBlocked,
    },
    agenda: {
      sectionsFor: (personId, locale) => agenda.for({ person: directory.getPerson(personId), locale, services }),
      changed: agenda.changed,
      onChange: agenda.onChange,
    },
    organisationEmpty: () => services.setup.isEmpty(),
    registerSender: notifications.registerSender,
    registerFileFetcher: deps.registerFileFetcher,
    fileLinks: deps.fileLinks,
    observeNotifications: notifications.observe,
  };

  return { port, registry };
}
