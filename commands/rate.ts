// /rate (xếp loại): records the year's quality rating the competent rater decided, for a person whose rating this
// recorder may enter (never their own; a unit head's by the leadership), with the person's staff category, since
// civil servants and public employees are rated under different decrees (catalog/ratings.json). The reply names the
// competent rater and warns when a group's "excellent" ratings exceed its decree's cap. Eligibility reads ratings.

import { basisText } from "../src/core/rules/judge";
import type { RatingRule } from "../src/core/yearend/rating-rules";
import { RATING_GRADES, STAFF_CATEGORIES, type StaffCategory } from "../src/core/yearend/types";
import { answers } from "../src/engine/answers";
import { actionsOf } from "../src/kernel/actions";
import { yearOf } from "../src/kernel/dates";
import { type Block, button, type Reply, type Text, text } from "../src/kernel/reply";
import { type CommandContext, defineCommand, type FormValues, handlers, openForm } from "./support/command";
import { capLines } from "./support/rating-view";

export const RATE_ACTIONS = actionsOf("rate", ["list", "new"]);

const thisYear = (ctx: CommandContext) => yearOf(ctx.services.clock.now(), ctx.services.settings.timezone);

/** The members this recorder may rate, with their rating for the year (ratings are given for the year just ending). */
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

/** The rule for the answers so far, once the person's category and the year are known. */
function ruleOf(ctx: CommandContext, values: FormValues): RatingRule | null {
  const category = values.category as StaffCategory | undefined;
  return category && values.year ? ctx.services.yearEnd.ratings.ruleFor(category, Number(values.year)) : null;
}

/** Who rates, under which text: said with every rating recorded, so the recorder is not taken for the rater. */
function raterBlock(rule: RatingRule | null): Block[] {
  if (!rule) return [];
  return [
    { type: "paragraph", text: text("rating-rater", { rule: rule.rater.text, basis: basisText(rule.rater.basis) }) },
    { type: "paragraph", text: text("rating-under", { rule: rule.title.text, basis: basisText(rule.title.basis) }) },
    ...(rule.timing
      ? [{ type: "paragraph" as const, text: text("rating-timing", { rule: rule.timing.text, basis: basisText(rule.timing.basis) }) }]
      : []),
  ];
}

/** A grade as offered: with its point band where the decree rates by points. */
function gradeLabel(grade: (typeof RATING_GRADES)[number], rule: RatingRule | null): Text {
  const points = rule?.points;
  if (!points || grade === "not_completed") return text(`grade-${grade}`);
  return text("grade-with-points", { grade: text(`grade-${grade}`), points: points[grade] });
}

export default defineCommand({
  name: "rate",
  aliases: ["xeploai", "danhgiaxeploai"],
  description: "cmd-rate-description",
  access: ["unit_head", "leader"],
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
        name: "category",
        kind: "choice",
        title: "field-rating-category",
        prompt: "ask-rating-category",
        // the category last recorded for the person comes first
        choices: (ctx, values) => {
          const last = values.person ? ctx.services.yearEnd.ratings.categoryOf(Number(values.person)) : null;
          const order = last ? [last, ...STAFF_CATEGORIES.filter((c) => c !== last)] : [...STAFF_CATEGORIES];
          return order.map((c) => ({ value: c, label: text(`staff-category-${c}`) }));
        },
      },
      {
        name: "grade",
        kind: "choice",
        title: "field-rating-grade",
        prompt: "ask-rating-grade",
        choices: (ctx, values) => RATING_GRADES.map((g) => ({ value: g, label: gradeLabel(g, ruleOf(ctx, values)) })),
      },
    ],
  },
  run(ctx, values) {
    const a = answers(values);
    const year = Number(a.string("year"));
    const category = a.oneOf("category", STAFF_CATEGORIES);
    const rating = ctx.services.yearEnd.ratings.rate(ctx.actor, a.id("person"), year, a.oneOf("grade", RATING_GRADES), category);
    const person = ctx.services.directory.getPerson(rating.personId);
    return [
      {
        blocks: [
          {
            type: "paragraph",
            text: text("rating-saved", {
              name: person.fullName,
              year: String(year),
              grade: text(`grade-${rating.grade}`),
              category: text(`staff-category-${category}`),
            }),
          },
          ...raterBlock(ruleOf(ctx, values)),
          ...capLines(ctx, year),
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
