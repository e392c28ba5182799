// A late-bound view of the command list, so /help can list commands without an import cycle.
import type { CommandSpec } from "../src/core/command";

let all: CommandSpec[] = [];

export function setRegistry(commands: CommandSpec[]): void {
  all = commands;
}

export function registry(): CommandSpec[] {
  return all;
}
