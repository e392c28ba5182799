// What every Slack listener shares once it has acked: handing an inbound message to the core and posting the
// replies, refreshing what awaits the person, and logging (never with content) work that failed after the ack.
import type { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../core/adapter-port";
import type { Inbound } from "../../core/dispatch";
import type { Logger } from "../../core/ports";
import { say } from "../../core/reply";
import type { HomeTab } from "./home-tab";
import type { SlackPeople } from "./people";
import type { SlackSender } from "./sender";

export interface SlackConversation {
  port: AdapterPort;
  client: webApi.WebClient;
  logger: Logger;
  people: SlackPeople;
  sender: SlackSender;
  home: HomeTab;
  /** Runs the core on one inbound message and posts its replies (ephemerally in `channel`, or in the DM). */
  dispatchAndReply(inbound: Omit<Inbound, "platform">, channel: string | null): Promise<void>;
  /** Slow work after ack(): failures are logged (never with content) rather than lost silently. */
  afterAck(what: string, work: () => Promise<void>): void;
}

export function createSlackConversation(parts: Omit<SlackConversation, "dispatchAndReply" | "afterAck">): SlackConversation {
  const { port, logger, people, sender, home } = parts;
  const { dispatcher, registry, services } = port;

  async function dispatchAndReply(inbound: Omit<Inbound, "platform">, channel: string | null): Promise<void> {
    await people.learnLanguage(inbound.userId);
    const result = await dispatcher.dispatch({ platform: "slack", languageHint: people.languageHint(inbound.userId), ...inbound });
    // help lists commands as "/name"; on Slack they are typed "/thidua name" or just "name" in the DM
    const isHelp = inbound.text !== undefined && registry.find(inbound.text.slice(1).split(/\s/)[0]?.toLowerCase() ?? "")?.name === "help";
    const replies = isHelp ? [...result.replies, say("slack-help-hint")] : result.replies;
    await sender.postReplies({ userId: inbound.userId, channel }, replies, result.locale);
    // their own action may have changed what awaits them
    if (result.actor) services.agenda.changed(result.actor.id);
    else void home.refresh(inbound.userId);
  }

  function afterAck(what: string, work: () => Promise<void>): void {
    void work().catch((error: unknown) => logger.warn({ what, errorName: (error as Error).name }, "slack work after ack failed"));
  }

  return { ...parts, dispatchAndReply, afterAck };
}
