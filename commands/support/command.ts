// The engine's command declaration bound to this app: its services, its actor (a Person of the directory, whose
// roles a command's `access` lists) and its refusal codes (a form's `fixes`). Every command declares itself through
// this module, so each file still writes `defineCommand({...})` and is checked against the domain's closed lists.
import type { Person } from "../../src/core/directory/types";
import type { DomainErrorCode } from "../../src/core/errors";
import type { Services } from "../../src/core/services";
import * as engine from "../../src/engine/command";
import type { ActionSet } from "../../src/kernel/actions";

/** The types the engine is generic over, as this app fills them. */
export interface AppTypes {
  services: Services;
  actor: Person;
  errorCode: DomainErrorCode;
}

export type CommandContext = engine.CommandContext<AppTypes>;
export type CommandSpec = engine.CommandSpec<AppTypes>;
export type FormSpec = engine.FormSpec<AppTypes>;
export type FieldSpec = engine.FieldSpec<AppTypes>;
export type ActionHandler = engine.ActionHandler<AppTypes>;
export type { Access, Choice, FieldKind, FormValues, Outcome } from "../../src/engine/command";
export { FIELD_KINDS, openForm } from "../../src/engine/command";

/** Declares a command, checking its names at load time so a typo fails the tests, not a user. */
export function defineCommand(spec: CommandSpec): CommandSpec {
  return engine.defineCommand(spec);
}

/** The handlers of every declared action, keyed by action name, as a command's `actions` (checked by the compiler). */
export function handlers<N extends string>(set: ActionSet<N>, map: { [K in N]: ActionHandler }): Record<string, ActionHandler> {
  return engine.handlers<AppTypes, N>(set, map);
}
