// /rate (xếp loại): a unit head records the year's quality rating of a member of their unit; the list shows who
// is rated. Eligibility for titles reads these ratings.

import { RATING_GRADES, type RatingGrade } from "../src/core/yearend/types";
import { actionsOf } from "../src/kernel/actions";
import { yearOf } from "../src/kernel/dates";
import { button, type Reply, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, handlers, openForm } from "./support/command";

export const RATE_ACTIONS = actionsOf("rate", ["list", "new"]);

const thisYear = (ctx: CommandContext) => yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);

/** The unit's members with their rating for the year (ratings are given for the year just ending). */
function unitList(ctx: CommandContext, year: number): Reply {
  const members = ctx.services.yearEnd.ratings.ratable(ctx.actor);
  return {
    blocks: [
      { type: "heading", text: text("rating-list-title", { year: String(year) }) },
      {
        type: "list",
        items: members.map((p) => {
          const grade = ctx.services.yearEnd.ratings.gradeOf(p.id, year);
          return text("rating-list-line", { name: p.fullName, grade: text(grade ? `grade-${grade}` : "grade-none") });
        }),
      },
    ],
    buttons: [[button("btn-rate", RATE_ACTIONS.new.payload(year), "primary")]],
  };
}

export default defineCommand({
  name: "rate",
  aliases: ["xeploai", "danhgiaxeploai"],
  description: "cmd-rate-description",
  access: ["unit_head"],
  where: "dm",
  form: {
    // a year chosen from the list of a given year is kept; otherwise the year is asked (in January, last year's)
    prefill: (_ctx, initial) => (initial.year ? { year: String(initial.year) } : {}),
    fields: [
      {
        name: "person",
        kind: "choice",
        title: "field-rating-person",
        prompt: "ask-rating-person",
        choices: (ctx) =>
          ctx.services.yearEnd.ratings.ratable(ctx.actor).map((p) => ({ value: String(p.id), label: text("raw", { value: p.fullName }) })),
      },
      {
        name: "year",
        kind: "choice",
        title: "field-rating-year",
        prompt: "ask-rating-year",
        choices: (ctx) => [thisYear(ctx), thisYear(ctx) - 1].map((y) => ({ value: String(y), label: text("raw", { value: String(y) }) })),
      },
      {
        name: "grade",
        kind: "choice",
        title: "field-rating-grade",
        prompt: "ask-rating-grade",
        choices: () => RATING_GRADES.map((g) => ({ value: g, label: text(`grade-${g}`) })),
      },
    ],
  },
  run(ctx, values) {
    const year = Number(values.year);
    const rating = ctx.services.yearEnd.ratings.rate(ctx.actor, Number(values.person), year, values.grade as RatingGrade);
    const person = ctx.services.directory.getPerson(rating.personId);
    return [
      {
        blocks: [
          { type: "paragraph", text: text("rating-saved", { name: person.fullName, year: String(year), grade: text(`grade-${rating.grade}`) }) },
        ],
      },
      unitList(ctx, year),
    ];
  },
  actions: handlers(RATE_ACTIONS, {
    list: (ctx, id) => unitList(ctx, Number(id) || thisYear(ctx)),
    new: (_ctx, id) => openForm("rate", { year: id }),
  }),
});
