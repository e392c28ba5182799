// The App Home tab: the person's agenda (what awaits them, their pledges) and buttons for common commands.
import type { AgendaSection } from "../../engine/agenda";
import type { Args } from "../../kernel/reply";
import { SLACK_LIMITS } from "./limits";
import { escapeMrkdwn, plain, renderButtons, type SlackBlock, truncate } from "./render";

/** Home buttons that run a command (value: its name) or open its form as a modal. */
export const RUN_COMMAND_ACTION = "run_cmd";
export const OPEN_FORM_ACTION = "open_form";

type T = (key: string, args?: Args) => string;

export interface HomeShortcut {
  command: string;
  label: string;
  opensForm: boolean;
}

export function homeView(input: { greeting: string; sections: AgendaSection[]; shortcuts: HomeShortcut[]; guestNote?: string }, t: T) {
  const blocks: SlackBlock[] = [{ type: "header", text: plain(input.greeting, SLACK_LIMITS.headerText) }];
  if (input.guestNote) blocks.push({ type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(input.guestNote) } });
  if (input.shortcuts.length > 0) {
    blocks.push({
      type: "actions",
      block_id: "home_shortcuts",
      elements: input.shortcuts.slice(0, SLACK_LIMITS.elementsPerActions).map((s) => ({
        type: "button",
        action_id: `${s.opensForm ? OPEN_FORM_ACTION : RUN_COMMAND_ACTION}_${s.command}`,
        text: plain(s.label, SLACK_LIMITS.buttonText),
        value: s.command,
      })),
    });
  }
  input.sections.forEach((section, i) => {
    blocks.push({ type: "divider" });
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(t(section.title.key, section.title.args))}*` } });
    const lines =
      section.items.length > 0
        ? section.items.map((item) => `• ${escapeMrkdwn(t(item.key, item.args))}`)
        : section.empty
          ? [escapeMrkdwn(t(section.empty.key, section.empty.args))]
          : [];
    for (const line of lines) blocks.push({ type: "section", text: { type: "mrkdwn", text: truncate(line, SLACK_LIMITS.sectionText) } });
    blocks.push(...renderButtons(section.buttons ?? [], t, `act_h${i}_`));
  });
  return { type: "home", blocks: blocks.slice(0, SLACK_LIMITS.blocksPerHomeView) };
}
