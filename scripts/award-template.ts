// npm run docs:award-template: writes the template of a file of past decisions (import-awards, or a file sent to the
// bot) as docs/examples/mau-ho-so-thanh-tich.xlsx and .csv, from the same table /import attaches in chat. Its
// example rows name people of the demo organisation, so the template imports cleanly into `npm start`'s demo.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { awardTemplateTable } from "../src/core/records/template";
import { createSpreadsheetExporter } from "../src/exports/spreadsheet";

const OUT = join(import.meta.dirname, "../docs/examples");
const exporter = createSpreadsheetExporter("Asia/Ho_Chi_Minh");
writeFileSync(join(OUT, "mau-ho-so-thanh-tich.xlsx"), await exporter.xlsx(awardTemplateTable()));
writeFileSync(join(OUT, "mau-ho-so-thanh-tich.csv"), await exporter.csv(awardTemplateTable()));
console.log(`written: ${join(OUT, "mau-ho-so-thanh-tich.xlsx")}, .csv`);
