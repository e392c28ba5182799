// Buttons the core puts on the notifications it sends (a pledge to review, a ballot to cast, a case to open…).
// The commands that handle them extend these same declarations, so a notification's button and its handler
// cannot drift apart.
import { actionsOf } from "../kernel/actions";

export const REVIEW_NOTICE = actionsOf("review", ["open"]);
export const PLEDGE_NOTICE = actionsOf("pledge", ["edit"]);
export const VOTE_NOTICE = actionsOf("vote", ["open"]);
export const CASES_NOTICE = actionsOf("cases", ["list"]);
export const GOODDEED_NOTICE = actionsOf("gooddeed", ["nominate", "publish"]);
export const NEWS_NOTICE = actionsOf("news", ["ack"]);
export const SELFASSESS_NOTICE = actionsOf("selfassess", ["open"]);
