// The registry of every conversational command, in the order /help lists them.

import achievements from "./achievements";
import announce from "./announce";
import announcements from "./announcements";
import annul from "./annul";
import approve from "./approve";
import as from "./as";
import assessItem from "./assess-item";
import campaign from "./campaign";
import campaigns from "./campaigns";
import cancel from "./cancel";
import caseCommand from "./case";
import caseDate from "./case-date";
import caseInfo from "./case-info";
import caseNote from "./case-note";
import caseRules from "./case-rules";
import cases from "./cases";
import complain from "./complain";
import { khieunai, phananh, tocao } from "./complain-shortcuts";
import correctRecord from "./correct-record";
import decide from "./decide";
import demo from "./demo";
import documents from "./documents";
import evaluation from "./evaluation";
import evidence from "./evidence";
import exportPledges from "./export";
import gooddeed from "./gooddeed";
import grant from "./grant";
import help from "./help";
import importFile from "./import";
import lang from "./lang";
import link from "./link";
import missing from "./missing";
import myPledges from "./my-pledges";
import news from "./news";
import nominate from "./nominate";
import nominations from "./nominations";
import opensession from "./opensession";
import pledge from "./pledge";
import profile from "./profile";
import progress from "./progress";
import rate from "./rate";
import reach from "./reach";
import record from "./record";
import register from "./register";
import registerChat from "./register-chat";
import report from "./report";
import returnPledge from "./return-pledge";
import review from "./review";
import revoke from "./revoke";
import rules from "./rules";
import schedules from "./schedules";
import selfassess from "./selfassess";
import sessions from "./sessions";
import standing from "./standing";
import standings from "./standings";
import start from "./start";
import stats from "./stats";
import type { CommandSpec } from "./support/command";
import unitPledge from "./unit-pledge";
import unitReview, { unitReviewOpen } from "./unit-review";
import upward from "./upward";
import vote from "./vote";
import whoami from "./whoami";
import written from "./written";
import yearProgress from "./year-progress";

export const commands: CommandSpec[] = [
  start,
  help,
  pledge,
  unitPledge,
  myPledges,
  review,
  returnPledge,
  missing,
  progress,
  exportPledges,
  nominate,
  evidence,
  nominations,
  gooddeed,
  rules,
  standing,
  standings,
  upward,
  record,
  correctRecord,
  stats,
  importFile,
  annul,
  evaluation,
  selfassess,
  assessItem,
  achievements,
  rate,
  unitReview,
  unitReviewOpen,
  yearProgress,
  opensession,
  vote,
  written,
  sessions,
  decide,
  documents,
  campaigns,
  campaign,
  announce,
  schedules,
  report,
  announcements,
  news,
  registerChat,
  complain,
  khieunai,
  tocao,
  phananh,
  caseCommand,
  caseInfo,
  cases,
  caseNote,
  caseDate,
  caseRules,
  register,
  approve,
  grant,
  revoke,
  whoami,
  profile,
  lang,
  reach,
  link,
  cancel,
  as,
  demo,
];
