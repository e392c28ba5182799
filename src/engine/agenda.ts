// "What awaits this person": a platform-neutral summary features contribute to (pledges, ballots, cases), shown on
// Slack's App Home and available to any adapter. Features register a provider (commands/support/*-agenda.ts);
// adapters listen for changes to refresh what they show.
import type { Locale } from "../kernel/locale";
import type { Logger } from "../kernel/ports";
import type { Button, Text } from "../kernel/reply";
import type { AppShape } from "./host";

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

/** Who asks, in which language, and the services providers read. */
export interface AgendaRequest<A extends AppShape> {
  person: A["actor"];
  locale: Locale;
  services: A["services"];
}

/** A feature's contribution; returns no sections when it has nothing for this person (e.g. not their role). */
export type AgendaProvider<A extends AppShape> = (request: AgendaRequest<A>) => AgendaSection[];

export interface Agenda<A extends AppShape> {
  register(name: string, provide: AgendaProvider<A>): void;
  for(request: AgendaRequest<A>): AgendaSection[];
  changed(personId: number): void;
  onChange(listener: (personId: number) => void): void;
}

export function createAgenda<A extends AppShape>(log: Logger): Agenda<A> {
  const providers: Array<{ name: string; provide: AgendaProvider<A> }> = [];
  const listeners: Array<(personId: number) => void> = [];

  return {
    register(name: string, provide: AgendaProvider<A>): void {
      providers.push({ name, provide });
    },

    /** Every section for this person, pending actions first. A failing provider hides its section, not the others. */
    for(request: AgendaRequest<A>): AgendaSection[] {
      const sections: AgendaSection[] = [];
      for (const { name, provide } of providers) {
        try {
          sections.push(...provide(request));
        } catch (error) {
          log.warn({ provider: name, errorName: (error as Error).name }, "agenda provider failed");
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
