// The Slack adapter (Bolt): one URL (/slack/events) for slash commands, interactivity and events, or Socket Mode.
// It only translates: Slack payloads → the core's Inbound and whole-form calls, neutral replies → Block Kit.
// Laid out as bolt-js apps are: Bolt itself (bolt-app.ts), sending (sender.ts), the Home tab (home-tab.ts), forms
// as modals (forms.ts, modal.ts), and one file per kind of listener under listeners/.
import type { IncomingMessage, RequestListener } from "node:http";
import type { App as BoltApp } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Logger } from "../../kernel/ports";
import type { InFlight } from "../../logging/request-scope";
import { type InboundLimits, inboundGateFor } from "../pace/inbound-gate";
import { slowDownNotice } from "../pace/replies";
import { createSendPacer, type SendLimits, type SendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { createBolt, SLACK_ENDPOINT } from "./bolt-app";
import { createSlackConversation } from "./conversation";
import { slackFileFetcher } from "./files";
import { createSlackForms } from "./forms";
import { createHomeTab } from "./home-tab";
import { inboundLimits } from "./inbound-limits";
import { SLACK_LIMITS } from "./limits";
import { registerButtons } from "./listeners/buttons";
import { registerDedupe } from "./listeners/dedupe";
import { registerEvents } from "./listeners/events";
import { registerModals } from "./listeners/modals";
import { registerSlashCommand } from "./listeners/slash-command";
import { createPacedPoster } from "./paced-post";
import { createSlackPeople } from "./people";
import { createSlackSender } from "./sender";
import { createSlackTransport } from "./transport";

export { SLACK_ENDPOINT };

export interface SlackAdapterOptions {
  port: AdapterPort;
  logger: Logger;
  botToken: string;
  /** HTTP mode; required unless appToken (Socket Mode) is given. */
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL ending in /api/ (GovSlack, or the test stand-in). */
  apiUrl?: string;
  /** Gap between two messages to one channel; default Slack's ~1 message per second per channel. */
  channelIntervalMs?: number;
  /** The whole sending pace; default SLACK_LIMITS.pace (with channelIntervalMs if given). */
  sendLimits?: SendLimits;
  /** Limits on what people send (default: the configuration's defaults); null lets everything through. */
  inbound?: InboundLimits | null;
  /** Web API retries on 429/5xx; default 5. */
  retries?: number;
  /** Counts requests being handled (after their ack too), so a graceful stop can wait for them; each in its own request scope. */
  inFlight?: InFlight;
}

export interface SlackAdapter extends PlatformAdapter, HttpRoute {
  bolt: BoltApp;
  client: BoltApp["client"];
  /** The app's one pace, shared by replies and the outbox's transport (which waits behind them). */
  pace: SendPacer;
  /** Plain node listener for the HTTP mode: mount it on any node:http server (beside a Telegram webhook). */
  requestListener: RequestListener;
  /** Serves only /slack/events; answers false for other paths so the caller can route them elsewhere. */
  handles(req: IncomingMessage): boolean;
  /** Re-publishes a person's Home tab (also done on every change of their agenda). */
  refreshHome(slackUserId: string): Promise<void>;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { port, logger } = options;
  const { bolt, socketMode, requestListener } = createBolt(options, logger);
  const client = bolt.client;
  const people = createSlackPeople(port, client);
  const pace = createSendPacer(
    options.sendLimits ?? { ...SLACK_LIMITS.pace, perChatGapMs: options.channelIntervalMs ?? SLACK_LIMITS.pace.perChatGapMs },
  );
  const post = createPacedPoster({ token: options.botToken, apiUrl: options.apiUrl, pace, retries: options.retries });
  const sender = createSlackSender(client, port.translator, post);
  const gate = inboundGateFor(options.inbound);
  const home = createHomeTab({ port, client, people, logger });
  const conversation = createSlackConversation({ port, client, logger, people, sender, home, gate });
  const forms = createSlackForms(conversation);

  port.registerSender("slack", (externalId, reply, locale) => sender.postToUser(externalId, reply, locale));
  // a roster or a file of past decisions shared in the app's DM is read from here
  port.registerFileFetcher("slack", slackFileFetcher(client, options.botToken));

  const inFlight = options.inFlight;
  if (inFlight) bolt.use(({ next }) => inFlight.run(next));
  registerDedupe(bolt, port.seen, port.durability);
  // the inbound limits, once Slack has its ack: the one "slow down" of a window goes to the person's DM
  bolt.use(
    inboundLimits(gate, (who) => {
      // once per chat and window: enough for an operator to see a flood, without who or what
      logger.warn({ platform: "slack" }, "inbound limits reached; dropping a chat's updates");
      conversation.afterAck("slow down", () => sender.postToUser(who.user, slowDownNotice(), people.localeOf(who.user)));
    }),
  );
  registerSlashCommand(bolt, conversation, forms);
  registerButtons(bolt, conversation, forms);
  registerModals(bolt, conversation, forms);
  registerEvents(bolt, conversation);

  const route: HttpRoute = { name: "slack-events", requestListener, handles: (req) => (req.url ?? "").split("?")[0] === SLACK_ENDPOINT };
  return {
    platform: "slack",
    bolt,
    client,
    ...route,
    ...(socketMode ? {} : { route }),
    pace,
    transport: () => createSlackTransport({ token: options.botToken, apiUrl: options.apiUrl, translator: port.translator, pace }),
    async start() {
      if (socketMode) await bolt.start();
    },
    async stop() {
      if (socketMode) await bolt.stop();
    },
    refreshHome: home.refresh,
  };
}
