// Publishing a person's App Home: their agenda and shortcuts to the commands that declare one (`homeShortcut`)
// and that they may run. Coalesced, so a burst of changes costs at most two views.publish calls per person.
import type { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import { mayRun } from "../../engine/pipeline";
import type { Logger } from "../../kernel/ports";
import type { Args } from "../../kernel/reply";
import { type HomeShortcut, homeView } from "./home";
import type { SlackPeople } from "./people";

export type HomeTab = ReturnType<typeof createHomeTab>;

export function createHomeTab(deps: { port: AdapterPort; client: webApi.WebClient; people: SlackPeople; logger: Logger }) {
  const { port, client, people, logger } = deps;
  const { registry, wholeForms } = port;
  const inFlight = new Map<string, Promise<void>>();
  const again = new Set<string>();

  async function publish(userId: string): Promise<void> {
    await people.learnLanguage(userId);
    const actor = port.people.ofAccount({ platform: "slack", externalId: userId });
    const locale = people.localeOf(userId);
    const tr = (key: string, args?: Args) => port.translator.t(locale, key, args);
    const shortcuts: HomeShortcut[] = registry
      .all()
      .filter((command) => command.homeShortcut !== undefined && mayRun(command, actor, "slack"))
      .map((command) => ({ command: command.name, label: tr(command.homeShortcut as string), opensForm: wholeForms.hasForm(command.name) }));
    const sections = actor && actor.status === "active" ? port.agenda.sectionsFor(actor.id, locale) : [];
    const view = homeView(
      {
        greeting: actor ? tr("slack-home-greeting", { name: actor.fullName }) : tr("slack-home-greeting-guest"),
        sections,
        shortcuts,
        ...(actor ? {} : { guestNote: tr("hint-unknown-user") }),
      },
      tr,
    );
    await client.views.publish({ user_id: userId, view: view as never });
  }

  /** Publishes now, or once more after the publish in flight. */
  function refresh(userId: string): Promise<void> {
    const running = inFlight.get(userId);
    if (running) {
      again.add(userId);
      return running;
    }
    const run = publish(userId)
      .catch((error: unknown) => logger.warn({ errorName: (error as Error).name }, "slack home not published"))
      .finally(() => {
        inFlight.delete(userId);
        if (again.delete(userId)) void refresh(userId);
      });
    inFlight.set(userId, run);
    return run;
  }

  // whoever has new things awaiting them sees them on their Home tab
  port.agenda.onChange((personId) => {
    for (const account of port.people.accountsOf(personId)) {
      if (account.platform === "slack" && !account.blocked) void refresh(account.externalId);
    }
  });

  return { refresh };
}
