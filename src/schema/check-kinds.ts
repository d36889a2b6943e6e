/** The kinds of reconciliation check (a plain list, so the Worker can read it without zod). */
export const CHECK_KINDS = ["row-sum", "column-sum", "partition", "cross-table", "rollup", "structure", "facts"] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
