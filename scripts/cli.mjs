// npm run cli -- <command>: the operator CLI, compiled (see launch.mjs); commander reads its arguments from argv.
import { launch } from "./launch.mjs";

await launch("src/cli.js");
