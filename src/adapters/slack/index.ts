// The Slack adapter (Bolt): one URL (/slack/events) for slash commands, interactivity and events, or Socket Mode.
// It only translates: Slack payloads → the core's Inbound / whole-form calls, neutral replies → Block Kit.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { App as BoltApp, type Logger as BoltLogger, HTTPReceiver, LogLevel } from "@slack/bolt";
import type { App } from "../../app";
import { type Inbound, mayRun } from "../../core/dispatch";
import type { Logger } from "../../core/ports";
import { type Args, type Reply, say, type Text } from "../../core/reply";
import { isLocale, type Locale } from "../../core/roles";
import type { DescribedField, FormOpening, FormRequester, OpenForm } from "../../core/whole-form";
import { type HomeShortcut, homeView, OPEN_FORM_ACTION, RUN_COMMAND_ACTION } from "./home";
import {
  CONFIRM_CALLBACK,
  confirmModal,
  FORM_CALLBACK,
  type FormMetadata,
  formModal,
  type ModalState,
  parseMetadata,
  REFRESH_ACTION,
  readModalState,
} from "./modal";
import { createChannelPacer } from "./pacer";
import { ACTION_PREFIX, renderMessage, unescapeSlackText } from "./render";
import { createSeenRequests, requestKey } from "./seen";

export const SLACK_ENDPOINT = "/slack/events";
/** Slack signs with a timestamp; Bolt refuses old ones, we also refuse ones from the future beyond this. */
const MAX_CLOCK_SKEW_S = 5 * 60;
const SLASH_COMMAND = "/thidua";
/** Commands offered as buttons on the Home tab (with their label keys), when the person may run them. */
const HOME_SHORTCUTS: Record<string, string> = {
  pledge: "slack-home-button-pledge",
  mypledges: "slack-home-button-mypledges",
  review: "slack-home-button-review",
  vote: "slack-home-button-vote",
  nominate: "slack-home-button-nominate",
  announce: "slack-home-button-announce",
  cases: "slack-home-button-cases",
  complain: "slack-home-button-complain",
  link: "slack-home-button-link",
  help: "slack-home-button-help",
  register: "slack-home-button-register",
};

export interface SlackAdapterOptions {
  app: App;
  logger: Logger;
  botToken: string;
  /** HTTP mode; required unless appToken (Socket Mode) is given. */
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL ending in /api/ (GovSlack, or the test stand-in). */
  apiUrl?: string;
  /** Gap between two messages to one channel. Default 1000 ms (Slack's ~1 message per second per channel). */
  channelIntervalMs?: number;
  /** Web API retries on 429/5xx; default 5. */
  retries?: number;
}

export interface SlackAdapter {
  bolt: BoltApp;
  client: BoltApp["client"];
  /** Plain node listener for the HTTP mode: mount it on any node:http server (beside a Telegram webhook). */
  requestListener: RequestListener;
  /** Serves only /slack/events; answers false for other paths so the caller can route them elsewhere. */
  handles(req: IncomingMessage): boolean;
  /** Socket Mode: connects; HTTP mode: nothing to do (the caller listens). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Re-publishes a person's Home tab (also done on every change of their agenda). */
  refreshHome(slackUserId: string): Promise<void>;
}

/** Bolt and the Web API client log through this: levels and a fixed message only, never arguments (they may carry bodies). */
function quietLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const kinds = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.name : typeof a));
  return {
    debug: () => undefined,
    info: () => undefined,
    warn: (...args: unknown[]) => log.warn({ source: "slack", kinds: kinds(args) }, "slack library warning"),
    error: (...args: unknown[]) => log.error({ source: "slack", kinds: kinds(args) }, "slack library error"),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { app, logger } = options;
  const { services, dispatcher, wholeForms, registry } = app;
  const t = (locale: Locale) => (key: string, args?: Args) => services.translator.t(locale, key, args);
  const boltLogger = quietLogger(logger);
  const socketMode = Boolean(options.appToken);
  if (!socketMode && !options.signingSecret) throw new Error("Slack HTTP mode needs SLACK_SIGNING_SECRET");

  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: options.signingSecret as string,
        endpoints: SLACK_ENDPOINT,
        // ack() answers at once; slow work continues after it
        processBeforeResponse: false,
        logger: boltLogger,
      });
  const bolt = new BoltApp({
    token: options.botToken,
    logger: boltLogger,
    ...(receiver ? { receiver } : { socketMode: true, appToken: options.appToken }),
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      logger: boltLogger,
      logLevel: LogLevel.WARN,
      // 429 answers are waited out (Retry-After) and retried; so are 5xx and network failures
      rejectRateLimitedCalls: false,
      retryConfig: { retries: options.retries ?? 5, factor: 2, minTimeout: 200, maxTimeout: 5000 },
    },
  });
  const client = bolt.client;
  const seen = createSeenRequests(app.db);
  const pace = createChannelPacer(options.channelIntervalMs ?? 1000);

  // ---- sending -------------------------------------------------------------------------------------------------

  /** Posts to a user's DM with the app (Slack delivers a message to a user id there). */
  async function postToUser(userId: string, reply: Reply, locale: Locale): Promise<void> {
    const { text, blocks } = renderMessage(reply, locale, services.translator);
    await pace(userId, () => client.chat.postMessage({ channel: userId, text, blocks: blocks as never }));
    await uploadFiles(userId, reply);
  }

  /** Exported spreadsheets go to the person's DM as Slack files (never into a channel: they hold people's data). */
  async function uploadFiles(userId: string, reply: Reply): Promise<void> {
    const files = reply.blocks.filter((b) => b.type === "file");
    if (files.length === 0) return;
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) return;
    for (const file of files) {
      await client.files.uploadV2({ channel_id: channel, file: Buffer.from(file.data), filename: file.fileName, title: file.fileName });
    }
  }

  async function postReplies(where: { userId: string; channel: string | null }, replies: Reply[], locale: Locale): Promise<void> {
    for (const reply of replies) {
      if (reply.blocks.length === 0 && !reply.buttons?.length) continue;
      if (where.channel) {
        const { text, blocks } = renderMessage(reply, locale, services.translator);
        const channel = where.channel;
        await pace(channel, () => client.chat.postEphemeral({ channel, user: where.userId, text, blocks: blocks as never }));
        await uploadFiles(where.userId, reply);
      } else {
        await postToUser(where.userId, reply, locale);
      }
    }
  }

  app.registerSender("slack", async (externalId, reply, locale) => {
    await postToUser(externalId, reply, locale);
  });

  // ---- the Home tab --------------------------------------------------------------------------------------------

  const homesInFlight = new Map<string, Promise<void>>();
  const homesAgain = new Set<string>();

  async function publishHome(userId: string): Promise<void> {
    await learnLanguage(userId);
    const actor = services.directory.resolveAccount({ platform: "slack", externalId: userId });
    const hint = languageHints.get(userId)?.slice(0, 2) ?? "";
    const locale = actor?.locale ?? (isLocale(hint) ? hint : services.settings.defaultLocale);
    const tr = t(locale);
    const shortcuts: HomeShortcut[] = Object.entries(HOME_SHORTCUTS)
      .filter(([name]) => {
        const command = registry.find(name);
        return command !== undefined && mayRun(command, actor, "slack");
      })
      .map(([name, label]) => ({ command: name, label: tr(label), opensForm: wholeForms.hasForm(name) }));
    const sections = actor && actor.status === "active" ? services.agenda.for({ person: actor, locale, services }) : [];
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

  /** Publishes now, or once more after the publish in flight, so a burst of changes costs at most two calls. */
  function refreshHome(userId: string): Promise<void> {
    const running = homesInFlight.get(userId);
    if (running) {
      homesAgain.add(userId);
      return running;
    }
    const run = publishHome(userId)
      .catch((error: unknown) => logger.warn({ errorName: (error as Error).name }, "slack home not published"))
      .finally(() => {
        homesInFlight.delete(userId);
        if (homesAgain.delete(userId)) void refreshHome(userId);
      });
    homesInFlight.set(userId, run);
    return run;
  }

  services.agenda.onChange((personId) => {
    for (const account of services.directory.accountsOf(personId)) {
      if (account.platform === "slack" && !account.blockedAt) void refreshHome(account.externalId);
    }
  });

  // ---- dedupe and inbound helpers ------------------------------------------------------------------------------

  bolt.use(async (args) => {
    const key = requestKey(args.body as Record<string, unknown>);
    if (key && !seen.firstTime(key)) {
      // a retry or replay: answer as if handled, do nothing
      const ack = (args as unknown as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });

  /** Slack DMs are keyed by the user, so a form started from the Home tab continues in the DM. */
  function chatOf(userId: string, channelId: string | undefined): { chatId: string; chatKind: "dm" | "group"; channel: string | null } {
    if (!channelId || channelId.startsWith("D")) return { chatId: `dm:${userId}`, chatKind: "dm", channel: null };
    return { chatId: channelId, chatKind: "group", channel: channelId };
  }

  /** Slack's locale of people the directory does not know yet (known people have their own), looked up once. */
  const languageHints = new Map<string, string | null>();
  async function learnLanguage(userId: string): Promise<void> {
    if (languageHints.has(userId) || services.directory.resolveAccount({ platform: "slack", externalId: userId })) return;
    if (languageHints.size > 10_000) languageHints.clear();
    try {
      const info = await client.users.info({ user: userId, include_locale: true });
      languageHints.set(userId, info.user?.locale ?? null);
    } catch {
      languageHints.set(userId, null);
    }
  }

  async function dispatchAndReply(inbound: Omit<Inbound, "platform">, channel: string | null): Promise<void> {
    await learnLanguage(inbound.userId);
    const result = await dispatcher.dispatch({ platform: "slack", languageHint: languageHints.get(inbound.userId) ?? null, ...inbound });
    // help lists commands as "/name"; on Slack they are typed "/thidua name" or just "name" in the DM
    const isHelp = inbound.text !== undefined && registry.find(inbound.text.slice(1).split(/\s/)[0]?.toLowerCase() ?? "")?.name === "help";
    const replies = isHelp ? [...result.replies, say("slack-help-hint")] : result.replies;
    await postReplies({ userId: inbound.userId, channel }, replies, result.locale);
    // their own action may have changed what awaits them
    if (result.actor) services.agenda.changed(result.actor.id);
    else void refreshHome(inbound.userId);
  }

  async function openFormModal(who: FormRequester, command: string, triggerId: string, initial: Record<string, unknown> = {}): Promise<void> {
    await learnLanguage(who.userId);
    const informed = { ...who, languageHint: languageHints.get(who.userId) ?? null };
    await showOpening(informed, wholeForms.open(informed, command, initial), triggerId);
  }

  async function showOpening(who: FormRequester, opening: FormOpening, triggerId: string): Promise<void> {
    if (opening.kind === "replies") {
      await postReplies({ userId: who.userId, channel: null }, opening.replies, opening.locale);
      return;
    }
    await client.views.open({ trigger_id: triggerId, view: openingView(opening) as never });
  }

  /** A form's modal; values not shown as inputs (the pledge being edited) travel in its metadata. */
  function openingView(opening: OpenForm) {
    const shown = new Set(opening.fields.map((f) => f.field.name));
    const carried = Object.fromEntries(Object.entries(opening.values).filter(([name]) => !shown.has(name)));
    return formView(opening.locale, opening.fields, { c: opening.command, v: carried }, opening.errors);
  }

  function formView(locale: Locale, fields: DescribedField[], metadata: FormMetadata, errors?: Record<string, Text>) {
    const tr = t(locale);
    const description = registry.find(metadata.c)?.description;
    return formModal(
      {
        title: tr("slack-modal-title"),
        heading: description ? tr(description) : "",
        submit: tr("slack-modal-next"),
        close: tr("btn-cancel"),
        fields,
        metadata,
        errors: Object.fromEntries(Object.entries(errors ?? {}).map(([field, message]) => [field, tr(message.key, message.args)])),
      },
      tr,
    );
  }

  function requester(userId: string): FormRequester {
    return { platform: "slack", userId, chatId: `dm:${userId}`, chatKind: "dm", languageHint: languageHints.get(userId) ?? null };
  }

  /** Slow work after ack(): failures are logged (never with content) rather than lost silently. */
  function afterAck(what: string, work: () => Promise<void>): void {
    void work().catch((error: unknown) => logger.warn({ what, errorName: (error as Error).name }, "slack work after ack failed"));
  }

  // ---- slash command: /thidua <sub> [args] ---------------------------------------------------------------------

  bolt.command(SLASH_COMMAND, async ({ command, ack }) => {
    await ack();
    // Slack escapes &, < and > in what people type, in commands as in messages
    const typed = unescapeSlackText(command.text).normalize("NFC").trim();
    const [sub = "help", ...rest] = typed === "" ? ["help"] : typed.split(/\s+/);
    const args = rest.join(" ");
    const where = chatOf(command.user_id, command.channel_id);
    const name = registry.find(sub.toLowerCase())?.name;
    afterAck("command", async () => {
      if (name && args === "" && wholeForms.hasForm(name)) {
        await openFormModal(requester(command.user_id), name, command.trigger_id);
        return;
      }
      await dispatchAndReply(
        { userId: command.user_id, chatId: where.chatId, chatKind: where.chatKind, text: `/${sub}${args ? ` ${args}` : ""}` },
        where.channel,
      );
    });
  });

  // ---- buttons -------------------------------------------------------------------------------------------------

  bolt.action(new RegExp(`^${ACTION_PREFIX}`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const channelId = body.channel?.id;
    const where = chatOf(body.user.id, channelId);
    const payload = action.value ?? "";
    const userId = body.user.id;
    const triggerId = body.trigger_id;
    afterAck("button", async () => {
      // in a DM, a button that opens a form (edit a pledge, give a reason) opens it as a modal
      if (where.chatKind === "dm") {
        const opening = await wholeForms.action(requester(userId), payload);
        if (opening) {
          await showOpening(requester(userId), opening, triggerId);
          const actor = services.directory.resolveAccount({ platform: "slack", externalId: userId });
          if (actor) services.agenda.changed(actor.id);
          return;
        }
      }
      await dispatchAndReply({ userId, chatId: where.chatId, chatKind: where.chatKind, action: payload }, where.channel);
    });
  });

  bolt.action(new RegExp(`^${RUN_COMMAND_ACTION}_`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    const userId = body.user.id;
    afterAck("home command", () => dispatchAndReply({ userId, chatId: `dm:${userId}`, chatKind: "dm", text: `/${action.value}` }, null));
  });

  bolt.action(new RegExp(`^${OPEN_FORM_ACTION}_`), async ({ body, action, ack }) => {
    await ack();
    if (body.type !== "block_actions" || action.type !== "button") return;
    afterAck("open form", () => openFormModal(requester(body.user.id), action.value ?? "", body.trigger_id));
  });

  /** A choice changed in an open modal: re-describe the fields (later choices may depend on it). */
  bolt.action(REFRESH_ACTION, async ({ body, ack }) => {
    await ack();
    if (body.type !== "block_actions" || !body.view) return;
    const view = body.view;
    const metadata = parseMetadata<FormMetadata>(view.private_metadata);
    if (!metadata) return;
    const who = requester(body.user.id);
    const raw = readModalState(view.state as ModalState, wholeForms.allFields(metadata.c));
    const fields = wholeForms.redescribe(who, metadata.c, { ...metadata.v, ...raw });
    const next = formView(wholeForms.localeFor(who), fields, metadata);
    afterAck("refresh form", async () => {
      await client.views.update({ view_id: view.id, hash: view.hash, view: next as never });
    });
  });

  // ---- modal submissions ---------------------------------------------------------------------------------------

  bolt.view(FORM_CALLBACK, async ({ body, view, ack }) => {
    const metadata = parseMetadata<FormMetadata>(view.private_metadata);
    const userId = body.user.id;
    if (!metadata) {
      await ack({ response_action: "clear" });
      return;
    }
    const who = requester(userId);
    // every field the form may show: some appear only after an answer (titles once a pledge deadline is set)
    const raw = readModalState(view.state as ModalState, wholeForms.allFields(metadata.c));
    const checked = wholeForms.check(who, metadata.c, raw, metadata.v);
    const tr = t(checked.locale);
    if (checked.kind === "errors") {
      const errors = Object.fromEntries(Object.entries(checked.errors).map(([field, message]) => [field, tr(message.key, message.args)]));
      await ack({ response_action: "errors", errors });
      return;
    }
    if (checked.kind === "replies") {
      await ack({ response_action: "clear" });
      afterAck("form refused", () => postReplies({ userId, channel: null }, checked.replies, checked.locale));
      return;
    }
    const confirm = confirmModal(
      {
        title: tr("slack-modal-title"),
        submit: tr("btn-confirm"),
        close: tr("btn-back"),
        summary: checked.summary,
        token: checked.token,
        command: metadata.c,
      },
      tr,
    );
    await ack({ response_action: "push", view: confirm as never });
  });

  bolt.view(CONFIRM_CALLBACK, async ({ body, view, ack }) => {
    const metadata = parseMetadata<{ c: string; k: string }>(view.private_metadata);
    const userId = body.user.id;
    if (!metadata) {
      await ack({ response_action: "clear" });
      return;
    }
    // run before answering (a local database write, well within Slack's 3 s): a refusal the person can fix turns
    // this view back into the form, every answer kept and the reason next to its field
    const result = await wholeForms.submit(requester(userId), metadata.k);
    if (result.kind === "form") {
      await ack({ response_action: "update", view: openingView(result) as never });
      return;
    }
    await ack({ response_action: "clear" });
    afterAck("form submit", async () => {
      await postReplies({ userId, channel: null }, result.replies, result.locale);
      if (result.actor) services.agenda.changed(result.actor.id);
    });
  });

  // ---- events --------------------------------------------------------------------------------------------------

  bolt.event("app_home_opened", async ({ event }) => {
    if (event.tab !== "home") return;
    afterAck("home opened", () => refreshHome(event.user));
  });

  bolt.event("message", async ({ event }) => {
    // only people writing in the app's DM; not the bot's own messages, edits or joins
    if (event.channel_type !== "im" || event.subtype !== undefined || !("user" in event) || !event.user || ("bot_id" in event && event.bot_id))
      return;
    const userId = event.user;
    const typed = unescapeSlackText(("text" in event ? event.text : "") ?? "")
      .normalize("NFC")
      .trim();
    const chatId = `dm:${userId}`;
    // "/" at the start of a DM is taken by Slack's own command box, so a bare command name also works: "help", "pledge"
    const firstWord = typed.split(/\s+/)[0]?.toLowerCase() ?? "";
    const pending = app.dialogs.pending(`slack:${userId}:${chatId}`);
    const text = !typed.startsWith("/") && !pending && registry.find(firstWord) ? `/${typed}` : typed;
    afterAck("message", () => dispatchAndReply({ userId, chatId, chatKind: "dm", text }, null));
  });

  // ---- HTTP plumbing -------------------------------------------------------------------------------------------

  const listener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    if (!receiver) {
      res.writeHead(404).end();
      return;
    }
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    if (Number.isFinite(stamp) && stamp - Date.now() / 1000 > MAX_CLOCK_SKEW_S) {
      // Bolt refuses stale timestamps only; one from the future could be replayed for a long time
      res.writeHead(401, { "content-type": "text/plain" }).end();
      return;
    }
    receiver.requestListener(req, res);
  };

  return {
    bolt,
    client,
    requestListener: listener,
    handles: (req) => (req.url ?? "").split("?")[0] === SLACK_ENDPOINT,
    async start() {
      if (socketMode) await bolt.start();
    },
    async stop() {
      if (socketMode) await bolt.stop();
    },
    refreshHome,
  };
}
