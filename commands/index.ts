// The registry of every conversational command, in the order /help lists them.
import type { CommandSpec } from "../src/core/command";
import approve from "./approve";
import as from "./as";
import cancel from "./cancel";
import demo from "./demo";
import exportPledges from "./export";
import grant from "./grant";
import help from "./help";
import lang from "./lang";
import link from "./link";
import missing from "./missing";
import myPledges from "./my-pledges";
import pledge from "./pledge";
import register from "./register";
import returnPledge from "./return-pledge";
import review from "./review";
import revoke from "./revoke";
import { setRegistry } from "./registry";
import start from "./start";
import unitPledge from "./unit-pledge";
import whoami from "./whoami";
import decide from "./decide";
import evidence from "./evidence";
import gooddeed from "./gooddeed";
import nominate from "./nominate";
import nominations from "./nominations";
import opensession from "./opensession";
import sessions from "./sessions";
import vote from "./vote";
import caseCommand from "./case";
import caseInfo from "./case-info";
import caseNote from "./case-note";
import cases from "./cases";
import complain from "./complain";
import announce from "./announce";
import campaign from "./campaign";
import campaigns from "./campaigns";
import news from "./news";
import registerChat from "./register-chat";
import report from "./report";
import schedules from "./schedules";

export const commands: CommandSpec[] = [
  start,
  help,
  pledge,
  unitPledge,
  myPledges,
  review,
  returnPledge,
  missing,
  exportPledges,
  nominate,
  evidence,
  nominations,
  gooddeed,
  opensession,
  vote,
  sessions,
  decide,
  campaigns,
  campaign,
  announce,
  schedules,
  report,
  news,
  registerChat,
  complain,
  caseCommand,
  caseInfo,
  cases,
  caseNote,
  register,
  approve,
  grant,
  revoke,
  whoami,
  lang,
  link,
  cancel,
  as,
  demo,
];

setRegistry(commands);
