// npm run docs:config: writes the configuration reference (docs/operator/configuration.md) from the zod schema of
// src/config.ts. Run it after adding or changing a setting; a test fails while the committed page is out of date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONFIG_REFERENCE_PATH, renderConfigReference } from "./config-reference";

const out = join(import.meta.dirname, "..", CONFIG_REFERENCE_PATH);
writeFileSync(out, renderConfigReference());
console.log(`written: ${out}`);
