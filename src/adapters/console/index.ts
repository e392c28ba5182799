// The terminal chat: one message per line in, the bot's replies out. Scriptable by piping lines in.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { App } from "../../app";
import type { Button } from "../../core/reply";
import { createOutbox } from "../../outbox";
import { createConsoleTransport } from "../../outbox/console-transport";
import { createScheduler } from "../../scheduler";
import { renderConsoleReply } from "./render";

export interface ConsoleOptions {
  app: App;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Where exported files are written. */
  exportDir: string;
  interactive: boolean;
  /** When handlers get the digest of new cases. */
  caseDigestCron?: string;
}

const OPERATOR = { userId: "operator", chatId: "console" } as const;

/** Runs until end of input, finishing the message in progress; resolves when done. */
export async function runConsole({ app, input, output, exportDir, interactive, caseDigestCron = "0 8,16 * * *" }: ConsoleOptions): Promise<void> {
  const { services, dispatcher } = app;
  const write = (line: string) => output.write(`${line}\n`);
  let lastButtons: Button[] = [];

  app.observeNotifications((personId, reply) => {
    const person = services.directory.getPerson(personId);
    const locale = person.locale ?? services.settings.defaultLocale;
    const rendered = renderConsoleReply(reply, locale, services.translator);
    const head = services.translator.t(locale, "console-notification", { name: person.fullName });
    write(`  ✉ ${head} ${rendered.lines.join("\n    ")}`);
  });

  // announcements reach console accounts through the same outbox as every platform, printed here
  const outbox = createOutbox(app, services.log, [
    createConsoleTransport((delivery, reply) => {
      const name = delivery.personId === null ? delivery.externalId : services.directory.getPerson(delivery.personId).fullName;
      const rendered = renderConsoleReply(reply, delivery.locale, services.translator);
      write(`  ✉ ${services.translator.t(delivery.locale, "console-notification", { name })} ${rendered.lines.join("\n    ")}`);
    }),
  ]);
  const scheduler = createScheduler({
    services,
    logger: services.log,
    timezone: services.settings.timezone,
    caseDigestCron: caseDigestCron,
    onRuns: outbox.poke,
    firstTime: app.seen.firstTime,
  });
  outbox.start();
  await scheduler.start();

  const greet = services.translator.t(services.settings.defaultLocale, services.setup.isEmpty() ? "console-welcome-empty" : "console-welcome");
  write(greet);

  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  if (interactive) output.write("> ");
  for await (const raw of lines) {
    const line = raw.normalize("NFC").trim();
    if (line === "") {
      if (interactive) output.write("> ");
      continue;
    }
    if (!interactive) write(`> ${line}`);
    const pressed = /^\d{1,2}$/.test(line) ? lastButtons[Number(line) - 1] : undefined;
    const result = await dispatcher.dispatch({
      platform: "console",
      userId: OPERATOR.userId,
      chatId: OPERATOR.chatId,
      chatKind: "dm",
      ...(pressed ? { action: pressed.action } : { text: line }),
    });
    lastButtons = [];
    for (const reply of result.replies) {
      const rendered = renderConsoleReply(reply, result.locale, services.translator);
      for (const out of rendered.lines) write(out);
      for (const file of rendered.files) {
        mkdirSync(exportDir, { recursive: true });
        const path = join(exportDir, file.fileName);
        writeFileSync(path, file.data);
        write(services.translator.t(result.locale, "console-file-saved", { path: resolve(path) }));
      }
      if (rendered.buttons.length > 0) lastButtons = rendered.buttons;
    }
    // what this message queued is printed before the next line is read, so a scripted session reads in order
    await outbox.drained();
    if (interactive) output.write("> ");
  }
  await outbox.drained();
  await outbox.stop();
  await scheduler.stop();
}
