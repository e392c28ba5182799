// /gooddeed (người tốt, việc tốt): anyone tells of a colleague's good deed in a few lines; the secretary
// turns it into an ad-hoc nomination or publishes it as a commendation story.

import { DomainError } from "../src/core/errors";
import { MAX_STORY_LENGTH } from "../src/core/nominations/good-deeds";
import { GOODDEED_NOTICE } from "../src/core/notice-actions";
import { answers } from "../src/engine/answers";
import { say } from "../src/kernel/reply";
import { defineCommand, handlers, openForm } from "./support/command";

export const GOODDEED_ACTIONS = GOODDEED_NOTICE;

export default defineCommand({
  name: "gooddeed",
  aliases: ["nguoitotviectot", "viectot"],
  description: "cmd-gooddeed-description",
  access: "registered",
  where: "dm",
  form: {
    fields: [
      { name: "person", kind: "person", title: "gooddeed-field-person", prompt: "gooddeed-ask-person" },
      { name: "story", kind: "longtext", title: "gooddeed-field-story", prompt: "gooddeed-ask-story", maxLength: MAX_STORY_LENGTH },
    ],
  },
  async run(ctx, values) {
    const deed = await ctx.services.nominations.reportGoodDeed(ctx.actor, answers(values).id("person"), answers(values).string("story"));
    return say("gooddeed-reported", { id: deed.id, person: ctx.services.directory.getPerson(deed.personId).fullName });
  },
  actions: handlers(GOODDEED_ACTIONS, {
    /** Opens /nominate with the colleague, the kind and the story filled in; the secretary picks the award. */
    nominate(ctx, id) {
      const deed = ctx.services.nominations.goodDeed(ctx.actor, Number(id));
      if (deed.status !== "reported") throw new DomainError("good-deed-handled", { id: deed.id });
      return openForm("nominate", { goodDeedId: deed.id, nominee: "person", person: deed.personId, kind: "good_deed", achievements: deed.story });
    },
    async publish(ctx, id) {
      const deed = await ctx.services.nominations.publishGoodDeed(ctx.actor, Number(id));
      return say("gooddeed-published", { id: deed.id });
    },
  }),
});
