// What the engine needs from the app it serves, declared here and implemented in src/wiring/engine.ts: the types
// of its services, actor and refusal codes, who is behind a platform account, what to note when they write, the
// names of the people and units a form asks for, and the clock, words and logs. The engine imports no domain area.
import type { Locale } from "../kernel/locale";
import type { PlatformIdentity } from "../kernel/platform";
import type { Clock, Logger, Translator } from "../kernel/ports";

/** Who a request comes from, as the engine sees them. The domain's Person satisfies it. */
export interface Actor {
  id: number;
  /** "active" may run commands; "pending" registered and waits for approval; "inactive" may run none. */
  status: "active" | "pending" | "inactive";
  /** The roles a command's `access` names. */
  roles: readonly string[];
  /** The language they chose, or null to follow their platform's. */
  locale: Locale | null;
}

/**
 * What an app tells the engine about itself, as types: the services its commands call, who a request comes from,
 * and the codes of the refusals it throws (a form's `fixes` names them). Commands see these through one binding
 * (commands/support/command.ts), so each command writes `defineCommand({...})` and is checked against them.
 */
export interface AppShape {
  services: unknown;
  actor: Actor;
  errorCode: string;
}

/** The roles of an app's actor (the domain's Role), which a command's `access` lists. */
export type RoleOf<A extends AppShape> = A["actor"]["roles"][number];

/** Who is behind an account, and what the app notes when they write. */
export interface ActorDirectory<Who extends Actor> {
  /** The person behind a platform account, or null for a stranger. */
  actorOf(identity: PlatformIdentity): Who | null;
  /** They wrote from this account (outside a sensitive exchange): the app may reach them there next. */
  noteInbound(identity: PlatformIdentity, actor: Who): void;
  /** They typed this command and may run it (never a complaint's, see CommandInfo.unrecorded): the app may count it. */
  noteCommand(actor: Who, command: string): void;
}

/**
 * The names behind a form's "person" and "unit" fields. A typed name that means nobody, or several people, throws
 * a CodedError, which the form shows next to the field.
 */
export interface NameDirectory {
  findPerson(typed: string): number;
  personName(id: number): string;
  findUnit(typed: string): number;
  /** Undefined for a unit that is gone. */
  unitName(id: number): string | undefined;
}

export interface EngineHost<A extends AppShape> {
  services: A["services"];
  actors: ActorDirectory<A["actor"]>;
  names: NameDirectory;
  /** The language of a stranger whose platform says none the bot speaks. */
  defaultLocale: Locale;
  /** Where the agency is: a form's dates are checked against today there. */
  timezone: string;
  clock: Clock;
  log: Logger;
  translator: Translator;
}
