// What every Slack listener shares once it has acked: handing an inbound message to the core and posting the
// replies, refreshing what awaits the person, and logging (never with content) work that failed after the ack.
import type { webApi } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Inbound } from "../../engine/dispatch";
import type { Logger } from "../../kernel/ports";
import { say } from "../../kernel/reply";
import { keepInFlight } from "../../logging/request-scope";
import type { InboundGate } from "../pace/inbound-gate";
import { rationStrangerHint } from "../pace/replies";
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
  /** The inbound limits; here for the ration on strangers' hints. */
  gate: InboundGate;
  /** Runs the core on one inbound message and posts its replies (ephemerally in `channel`, or in the DM). */
  dispatchAndReply(inbound: Omit<Inbound, "platform">, channel: string | null): Promise<void>;
  /** Slow work after ack(): failures are logged (never with content) rather than lost silently. */
  afterAck(what: string, work: () => Promise<void>): void;
}

export function createSlackConversation(parts: Omit<SlackConversation, "dispatchAndReply" | "afterAck">): SlackConversation {
  const { port, logger, people, sender, home, gate } = parts;
  const { dispatcher, registry } = port;

  async function dispatchAndReply(inbound: Omit<Inbound, "platform">, channel: string | null): Promise<void> {
    await people.learnLanguage(inbound.userId);
    const result = await dispatcher.dispatch({ platform: "slack", languageHint: people.languageHint(inbound.userId), ...inbound });
    // help lists commands as "/name"; on Slack they are typed "/thidua name" or just "name" in the DM
    const isHelp = inbound.text !== undefined && registry.find(inbound.text.slice(1).split(/\s/)[0]?.toLowerCase() ?? "")?.name === "help";
    const answered = rationStrangerHint(gate, inbound.userId, result.replies);
    const replies = isHelp ? [...answered, say("slack-help-hint")] : answered;
    await sender.postReplies({ userId: inbound.userId, channel }, replies, result.locale);
    // their own action may have changed what awaits them
    if (result.actor) port.agenda.changed(result.actor.id);
    else void home.refresh(inbound.userId);
  }

  function afterAck(what: string, work: () => Promise<void>): void {
    keepInFlight(work().catch((error: unknown) => logger.warn({ what, errorName: (error as Error).name }, "slack work after ack failed")));
  }

  return { ...parts, dispatchAndReply, afterAck };
}
