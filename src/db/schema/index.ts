// Every table, for drizzle-kit and the repositories.
export * from "./campaigns";
export * from "./directory";
export * from "./pledges";
export * from "./system";
export * from "./linking";
export * from "./nominations";
export * from "./cases";
export * from "./broadcasts";
