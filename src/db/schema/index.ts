// Every table, for drizzle-kit and the repositories.

export * from "./annulments";
export * from "./broadcasts";
export * from "./campaigns";
export * from "./cases";
export * from "./directory";
export * from "./file-links";
export * from "./linking";
export * from "./nominations";
export * from "./pledges";
export * from "./profiles";
export * from "./records";
export * from "./retention";
export * from "./secrets";
export * from "./standings";
export * from "./system";
export * from "./yearend";
