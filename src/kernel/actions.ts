// Button actions, typed. A button's payload is "<command>:<action>:<id>" (Telegram allows 64 bytes; the state stays
// in SQLite). Each command declares its actions once with `actionsOf`, builds its buttons from those references and
// handles them with `handlers`, which the compiler checks against the declaration: a typo fails to build, not at
// run time. Actions that the core itself puts on notifications are declared in notice-actions.ts. (`handlers` lives
// in command.ts, beside the command declaration it fills.)

export interface ActionRef {
  readonly command: string;
  readonly name: string;
  /** The payload of a button that runs this action on `id` (a record id, a code, or a compound id). */
  payload(id?: string | number): string;
}

export type ActionSet<N extends string> = { readonly [K in N]: ActionRef };

const NAME = /^[a-z0-9_]{1,32}$/;

export function actionsOf<const N extends string>(command: string, names: readonly N[]): ActionSet<N> {
  const set = {} as Record<N, ActionRef>;
  for (const name of [command, ...names]) if (!NAME.test(name)) throw new Error(`action name "${name}" must match ${NAME}`);
  for (const name of names) set[name] = { command, name, payload: (id: string | number = 0) => `${command}:${name}:${id}` };
  return set;
}

/** "review:ok:12" → { command: "review", name: "ok", id: "12" }; the id may itself hold ":" or ".". */
export function parseAction(payload: string): { command: string; name: string; id: string } {
  const [command = "", name = "", ...rest] = payload.split(":");
  return { command, name, id: rest.join(":") };
}
