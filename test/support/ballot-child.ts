// A bot process that casts ballots as fast as it can, for the crash test: the parent kills it with SIGKILL at
// random moments (often inside a cast's transaction) and starts it again on the same database file.
import { createApp } from "../../src/app";
import { BALLOT_CHOICES } from "../../src/core/nominations/types";
import { createLogger } from "../../src/logging/logger";

const app = createApp({
  config: { DATABASE_URL: process.env.DATABASE_URL as string, DEFAULT_LOCALE: "vi", TIMEZONE: "Asia/Ho_Chi_Minh" },
  logger: createLogger("error"),
  // inside the sessions' period, whatever day the test runs
  clock: { now: () => new Date("2026-01-05T03:00:00Z") },
});
const { ballots, directory } = app.services;
process.send?.("started");
// the choice is a function of who and where, so the parent knows the exact tally to expect
for (const session of await ballots.openSessions()) {
  for (const [m, member] of directory.withRole("council").entries()) {
    if (ballots.hasVoted(session.id, member.id)) continue;
    for (const item of ballots.items(session.id))
      await ballots.pick(member, session.id, item.nominationId, BALLOT_CHOICES[(m + session.id) % 3] as never);
    await ballots.cast(member, session.id);
  }
}
app.close();
process.send?.("done");
