// npm start, and the systemd unit's and the container's command: the bot, compiled (see launch.mjs).
import { launch } from "./launch.mjs";

await launch("src/main.js");
