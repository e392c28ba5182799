// The buttons of the pledge commands (/pledge, /unitpledge, /mypledges), declared together because each of them
// offers the others' buttons (a new pledge links to the list; the list offers Edit and Withdraw).

import { PLEDGE_NOTICE } from "../../src/core/notice-actions";
import { actionsOf } from "../../src/kernel/actions";

export const PLEDGE_ACTIONS = { ...PLEDGE_NOTICE, ...actionsOf("pledge", ["withdraw", "withdrawok"]) };
export const MYPLEDGES_ACTIONS = actionsOf("mypledges", ["list"]);
