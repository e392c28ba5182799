// Signs and posts requests to a Bolt HTTP endpoint exactly as Slack does: X-Slack-Signature (v0, HMAC-SHA256 of
// "v0:<timestamp>:<body>"), X-Slack-Request-Timestamp, optional X-Slack-Retry-Num; slash commands and interactivity
// are form-encoded (interactivity as a `payload` field holding JSON), events are JSON.
import { createHmac, randomBytes } from "node:crypto";
import { triggerFor } from "./slack-api";

export interface SignedResponse {
  status: number;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

export interface SignOptions {
  /** Seconds since the epoch; now when left out. */
  timestamp?: number;
  retryNum?: number;
  retryReason?: string;
  /** Signs with this secret instead (a bad signature). */
  secretOverride?: string;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export class SlackRequester {
  constructor(
    /** Full URL of the endpoint, e.g. http://127.0.0.1:3000/slack/events */
    readonly url: string,
    readonly signingSecret: string,
    readonly teamId = "TTHIDUA",
  ) {}

  async post(body: string, contentType: string, options: SignOptions = {}): Promise<SignedResponse> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(options.secretOverride ?? this.signingSecret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(options.retryNum);
      headers["x-slack-retry-reason"] = options.retryReason ?? "http_timeout";
    }
    const response = await fetch(this.url, { method: "POST", headers, body });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, text, json };
  }

  /** `/thidua <text>` typed by a user in a channel (a DM channel id "D…" for the app's DM). */
  slashCommand(input: { user: string; text: string; channel?: string; command?: string; triggerId?: string }, options?: SignOptions) {
    const form = new URLSearchParams({
      token: "deprecated-verification-token",
      team_id: this.teamId,
      team_domain: "thidua",
      channel_id: input.channel ?? `D${input.user}`,
      channel_name: input.channel?.startsWith("C") ? "general" : "directmessage",
      user_id: input.user,
      user_name: input.user.toLowerCase(),
      command: input.command ?? "/thidua",
      text: input.text,
      api_app_id: "ATHIDUA",
      response_url: "http://127.0.0.1:9/commands/response",
      trigger_id: input.triggerId ?? triggerFor(input.user),
    });
    return this.post(form.toString(), "application/x-www-form-urlencoded", options);
  }

  /** An interactivity payload (block_actions, view_submission, view_closed), form-encoded as `payload=<json>`. */
  interaction(payload: Record<string, unknown>, options?: SignOptions) {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.post(form.toString(), "application/x-www-form-urlencoded", options);
  }

  /** A button press in a message (channel) or in a view (the Home tab or a modal). */
  blockAction(
    input: {
      user: string;
      actionId: string;
      value: string;
      channel?: string;
      messageTs?: string;
      view?: { id: string; type: string; callbackId?: string; privateMetadata?: string };
    },
    options?: SignOptions,
  ) {
    const payload: Record<string, unknown> = {
      type: "block_actions",
      team: { id: this.teamId, domain: "thidua" },
      user: { id: input.user, username: input.user.toLowerCase(), team_id: this.teamId },
      api_app_id: "ATHIDUA",
      token: "deprecated-verification-token",
      trigger_id: triggerFor(input.user),
      actions: [{ type: "button", action_id: input.actionId, block_id: "b", value: input.value, action_ts: `${Date.now() / 1000}` }],
    };
    if (input.view) {
      payload.container = { type: "view", view_id: input.view.id };
      payload.view = {
        id: input.view.id,
        type: input.view.type,
        callback_id: input.view.callbackId ?? "",
        private_metadata: input.view.privateMetadata ?? "",
        state: { values: {} },
      };
    } else {
      const channel = input.channel ?? `D${input.user}`;
      payload.container = { type: "message", message_ts: input.messageTs ?? "1.000001", channel_id: channel, is_ephemeral: false };
      payload.channel = { id: channel, name: "directmessage" };
      payload.message = { type: "message", ts: input.messageTs ?? "1.000001", text: "" };
      payload.response_url = "http://127.0.0.1:9/actions/response";
    }
    return this.interaction(payload, options);
  }

  /** Submits a modal. `values` is the view state: { [block_id]: { [action_id]: { type, value | selected_option(s) } } }. */
  viewSubmission(
    input: {
      user: string;
      viewId: string;
      callbackId: string;
      privateMetadata: string;
      values: Record<string, Record<string, unknown>>;
      hash?: string;
    },
    options?: SignOptions,
  ) {
    return this.interaction(
      {
        type: "view_submission",
        team: { id: this.teamId, domain: "thidua" },
        user: { id: input.user, username: input.user.toLowerCase(), team_id: this.teamId },
        api_app_id: "ATHIDUA",
        token: "deprecated-verification-token",
        trigger_id: triggerFor(input.user),
        view: {
          id: input.viewId,
          type: "modal",
          callback_id: input.callbackId,
          private_metadata: input.privateMetadata,
          hash: input.hash ?? "h",
          state: { values: input.values },
        },
        response_urls: [],
      },
      options,
    );
  }

  /** An Events API callback (app_home_opened, message.im …), posted as JSON with a fresh event_id unless given. */
  event(event: Record<string, unknown>, input: { eventId?: string } = {}, options?: SignOptions) {
    const body = JSON.stringify({
      token: "deprecated-verification-token",
      team_id: this.teamId,
      api_app_id: "ATHIDUA",
      event: { event_ts: `${Date.now() / 1000}`, ...event },
      type: "event_callback",
      event_id: input.eventId ?? `Ev${randomBytes(6).toString("hex").toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.teamId, user_id: "UBOTTHIDUA", is_bot: true }],
    });
    return this.post(body, "application/json", options);
  }
}

/** State values for one plain text input, one static select and one checkbox group, as Slack sends them. */
export const stateValue = {
  text: (value: string) => ({ type: "plain_text_input", value }),
  select: (value: string | null) => ({
    type: "static_select",
    selected_option: value === null ? null : { value, text: { type: "plain_text", text: value } },
  }),
  checkboxes: (values: string[]) => ({
    type: "checkboxes",
    selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })),
  }),
  date: (value: string | null) => ({ type: "datepicker", selected_date: value }),
};
