/**
 * Column vocabulary shared by the build, the API and the published descriptors.
 * A table is a list of columns; its zod row schema (row-schema.ts) is derived from them,
 * so a column is declared once and validated, served and documented from that one
 * declaration. No zod here: the Worker reads this module at startup.
 */

export type ColumnType =
  | "string" // short label printed in the document
  | "text" // long free text (HTML removed, paragraphs kept)
  | "code" // identifier that must stay text (leading zeros)
  | "amount" // money in 万元, at most two decimals, null when the cell is blank
  | "integer"
  | "number"
  | "date"; // ISO yyyy-mm-dd

export interface ColumnDef {
  name: string;
  /** Chinese label as printed in the source (or the template's label where the PDF lost it). */
  label: string;
  type: ColumnType;
  description: string;
  nullable?: boolean;
  /** Closed set of values, for columns such as row_kind. */
  enum?: readonly string[];
}

export const UNIT = { label: "万元", factor: 10000, currency: "CNY" } as const;

/** Columns every row carries: a stable id and where in the seed it was read. */
export const provenanceColumns: ColumnDef[] = [
  { name: "id", label: "编号", type: "code", description: "Stable row id within the table." },
  { name: "source_file", label: "来源文件", type: "string", description: "Seed file the row was read from." },
  { name: "source_line", label: "来源行", type: "integer", description: "Line number in the seed file (1-based)." },
];
