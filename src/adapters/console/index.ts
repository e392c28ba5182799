// The terminal chat: one message per line in, the bot's replies out. Scriptable by piping lines in.
// Announcements reach console accounts through the shared outbox (see src/runtime.ts) with `transport`, printed here.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { AdapterPort } from "../../engine/adapter-port";
import type { Locale } from "../../kernel/locale";
import type { Reply } from "../../kernel/reply";
import { normalizeText } from "../../kernel/text";
import type { Transport } from "../../outbox/transport";
import { screenScale } from "../picture-scale";
import { createButtonNumbering } from "./numbering";
import { renderConsoleReply } from "./render";
import { createConsoleTransport } from "./transport";

export interface ConsoleOptions {
  port: AdapterPort;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where exported files are written. */
  exportDir: string;
  interactive: boolean;
}

export interface ConsoleChat {
  /** Prints announcements delivered to console accounts. */
  transport: Transport;
  /**
   * Runs until end of input, finishing the message in progress. `drained` waits for the outbox, so what a message
   * queued is printed before the next line is read and a scripted session reads in order.
   */
  run(drained: () => Promise<void>): Promise<void>;
}

const OPERATOR = { userId: "operator", chatId: "console" } as const;

export function createConsoleChat({ port, input, output, exportDir, interactive }: ConsoleOptions): ConsoleChat {
  const { dispatcher, translator, people } = port;
  const write = (line: string) => output.write(`${line}\n`);
  // numbers stay with their buttons across a screen's updates; an announcement to the operator numbers its own buttons
  const numbering = createButtonNumbering();

  function printNotice(name: string, reply: Reply, locale: Locale): void {
    const rendered = renderConsoleReply(reply, locale, translator);
    write(`  ✉ ${translator.t(locale, "console-notification", { name })} ${rendered.lines.join("\n").replace(/\n/g, "\n    ")}`);
  }

  // Notices that arrive while a typed line is being answered are printed after its answer, not in the middle: the
  // answer's buttons are numbered when it is printed, so a notice's own buttons (an announcement's "Đã nắm"),
  // printed last, are the numbers on screen the operator reads and types next.
  let answering = false;
  const held: Array<() => void> = [];
  const show = (print: () => void) => (answering ? held.push(print) : print());

  port.observeNotifications((personId, reply) => {
    const person = people.byId(personId);
    show(() => printNotice(person.fullName, reply, person.locale ?? port.defaultLocale));
  });

  const transport = createConsoleTransport((delivery, reply) => {
    const name = delivery.personId === null ? delivery.externalId : people.byId(delivery.personId).fullName;
    show(() => {
      printNotice(name, reply, delivery.locale);
      // an announcement to the person the operator speaks as: its "Đã nắm" is pressed by typing its number
      if (delivery.externalId === OPERATOR.userId) {
        const { buttons } = renderConsoleReply(reply, delivery.locale, translator);
        if (buttons.length > 0) numbering.assign(buttons);
      }
    });
  });

  async function run(drained: () => Promise<void>): Promise<void> {
    write(translator.t(port.defaultLocale, port.organisationEmpty() ? "console-welcome-empty" : "console-welcome"));
    const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    if (interactive) output.write("> ");
    for await (const raw of lines) {
      const line = normalizeText(raw);
      if (line === "") {
        if (interactive) output.write("> ");
        continue;
      }
      if (!interactive) write(`> ${line}`);
      const typed = numbering.press(line);
      if (typed.kind === "gone") {
        // that number belonged to a button the last action removed: pressing whatever took its place would surprise
        write(translator.t(port.defaultLocale, "console-number-gone", { number: line }));
        if (interactive) output.write("> ");
        continue;
      }
      const pressed = typed.kind === "button" ? typed.button : undefined;
      answering = true;
      try {
        const result = await dispatcher.dispatch({
          platform: "console",
          userId: OPERATOR.userId,
          chatId: OPERATOR.chatId,
          chatKind: "dm",
          ...(pressed ? { action: pressed.action } : { text: line }),
        });
        // every button of this answer numbered at once, so each number presses the button it is printed beside
        const numbers = numbering.assign(result.replies.flatMap((reply) => (reply.buttons ?? []).flat()));
        let offset = 0;
        for (const reply of result.replies) {
          const count = (reply.buttons ?? []).flat().length;
          const rendered = renderConsoleReply(reply, result.locale, translator, numbers.slice(offset, offset + count));
          offset += count;
          for (const out of rendered.lines) write(out);
          const pictures = rendered.pictures.map(async ({ fileName, picture }) => ({ fileName, data: await picture.png(screenScale(picture)) }));
          for (const file of [...rendered.files, ...(await Promise.all(pictures))]) {
            mkdirSync(exportDir, { recursive: true });
            const path = join(exportDir, file.fileName);
            writeFileSync(path, file.data);
            write(translator.t(result.locale, "console-file-saved", { path: resolve(path) }));
          }
        }
      } finally {
        answering = false;
        for (const print of held.splice(0)) print();
      }
      await drained();
      if (interactive) output.write("> ");
    }
    await drained();
  }

  return { transport, run };
}
