// The Slack adapter (Bolt): one URL (/slack/events) for slash commands, interactivity and events, or Socket Mode.
// It only translates: Slack payloads → the conversation loop's events (src/engine/conversation/loop.ts) and
// whole-form calls, neutral replies → Block Kit. Laid out as bolt-js apps are: Bolt itself (bolt-app.ts), the
// loop's Slack side (delivery.ts), the Home tab (home-tab.ts), forms as modals (forms.ts, modal.ts), and one file
// per kind of listener under listeners/ (door.ts checks every request first).
import type { IncomingMessage, RequestListener } from "node:http";
import type { App as BoltApp } from "@slack/bolt";
import type { AdapterPort } from "../../engine/adapter-port";
import type { InboundLimits } from "../../engine/conversation/inbound-gate";
import { createConversation } from "../../engine/conversation/loop";
import type { Logger, RequestScopes } from "../../kernel/ports";
import { inboundGateFor } from "../pace/inbound-limits";
import { createSendPacer, type SendLimits, type SendPacer } from "../pace/send-pacer";
import type { HttpRoute, PlatformAdapter } from "../platform";
import { createBolt, SLACK_ENDPOINT } from "./bolt-app";
import { createSlackConversation } from "./conversation";
import { slackDelivery } from "./delivery";
import { slackFileFetcher } from "./files";
import { createSlackForms } from "./forms";
import { createHomeTab } from "./home-tab";
import { SLACK_LIMITS } from "./limits";
import { registerButtons } from "./listeners/buttons";
import { registerDoor } from "./listeners/door";
import { registerEvents } from "./listeners/events";
import { registerModals } from "./listeners/modals";
import { registerSlashCommand } from "./listeners/slash-command";
import { createPacedPoster } from "./paced-post";
import { createSlackPeople, dmOf } from "./people";
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
  inFlight?: RequestScopes;
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
  /** Resolves when every turn received so far has been handled and answered (stop, tests). */
  idle(): Promise<void>;
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
  const home = createHomeTab({ port, client, people, logger });
  const chat = createConversation({
    platform: slackDelivery({ port, client, post, people, home }),
    port,
    logger,
    gate: inboundGateFor(options.inbound),
    scopes: options.inFlight,
  });
  const conversation = createSlackConversation({ port, client, logger, people, home, chat, scopes: options.inFlight });
  const forms = createSlackForms(conversation);

  port.registerSender("slack", (externalId, reply, locale) => chat.notify(dmOf(externalId), reply, locale));
  // a roster or a file of past decisions shared in the app's DM is read from here
  port.registerFileFetcher("slack", slackFileFetcher(client, options.botToken));

  const inFlight = options.inFlight;
  if (inFlight) bolt.use(({ next }) => inFlight.run(next));
  registerDoor(bolt, chat, people);
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
      // replies already produced are sent before the process goes
      await chat.idle();
    },
    refreshHome: home.refresh,
    idle: () => chat.idle(),
  };
}
