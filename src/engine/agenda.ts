// "What awaits this person": a platform-neutral summary features contribute to (pledges now; nominations,
// votes and cases later), shown on Slack's App Home and available to any adapter. Features register a provider;
// adapters listen for changes to refresh what they show.
import type { Person } from "../core/directory/types";
import type { Locale } from "../kernel/locale";
import type { Logger } from "../kernel/ports";
import type { Button, Text } from "../kernel/reply";

export interface AgendaSection {
  /** Stable id of the section, e.g. "pledges.mine". */
  id: string;
  title: Text;
  /** One line each; empty means "nothing here", shown with `empty`. */
  items: Text[];
  empty?: Text;
  /** Buttons for the items (payloads handled by commands' actions). */
  buttons?: Button[][];
  /** Pending actions are shown first and counted. */
  pending?: boolean;
}

/**
 * Who asks, in which language, and the services providers read (the Services bag; generic here so that the bag,
 * which holds the agenda, and the agenda do not import each other).
 */
export interface AgendaRequest<S extends { log: Logger }> {
  person: Person;
  locale: Locale;
  services: S;
}

/** A feature's contribution; returns no sections when it has nothing for this person (e.g. not their role). */
export type AgendaProvider<S extends { log: Logger }> = (request: AgendaRequest<S>) => AgendaSection[];

export interface Agenda<S extends { log: Logger }> {
  register(name: string, provide: AgendaProvider<S>): void;
  for(request: AgendaRequest<S>): AgendaSection[];
  changed(personId: number): void;
  onChange(listener: (personId: number) => void): void;
}

export function createAgenda<S extends { log: Logger }>(): Agenda<S> {
  const providers: Array<{ name: string; provide: AgendaProvider<S> }> = [];
  const listeners: Array<(personId: number) => void> = [];

  return {
    register(name: string, provide: AgendaProvider<S>): void {
      providers.push({ name, provide });
    },

    /** Every section for this person, pending actions first. A failing provider hides its section, not the others. */
    for(request: AgendaRequest<S>): AgendaSection[] {
      const sections: AgendaSection[] = [];
      for (const { name, provide } of providers) {
        try {
          sections.push(...provide(request));
        } catch (error) {
          request.services.log.warn({ provider: name, errorName: (error as Error).name }, "agenda provider failed");
        }
      }
      return [...sections.filter((s) => s.pending), ...sections.filter((s) => !s.pending)];
    },

    /** Called when something about this person changed (a notification to them, an action of theirs). */
    changed(personId: number): void {
      for (const listen of listeners) listen(personId);
    },

    onChange(listener: (personId: number) => void): void {
      listeners.push(listener);
    },
  };
}
