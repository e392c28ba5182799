// The layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), one element a module.
export * from "./annex";
export * from "./body";
export * from "./heading";
export * from "./recipients";
export * from "./render";
export * from "./signature";
export * from "./title";
export * from "./units";
