/**
 * Column vocabulary shared by the build, the API and the published descriptors.
 * A table is a list of columns; its zod row schema is derived from them, so a column
 * is declared once and validated, served and documented from that one declaration.
 */
import { z } from "zod";

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

/** Amounts are 万元 with at most two decimals; they are checked as integer cents. */
export const amountSchema = z
  .number()
  .refine((v) => Number.isFinite(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    message: "amount must have at most two decimals",
  });

function valueSchema(col: ColumnDef): z.ZodType {
  switch (col.type) {
    case "amount":
      return amountSchema;
    case "integer":
      return z.number().int();
    case "number":
      return z.number();
    case "date":
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
    case "code":
      return z.string().regex(/^[0-9A-Za-z._-]+$/);
    default:
      return col.enum ? z.enum(col.enum as [string, ...string[]]) : z.string();
  }
}

/** zod object schema for one row of a table, strict so no stray field is published. */
export function rowSchema(columns: readonly ColumnDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const col of columns) {
    const base = valueSchema(col);
    shape[col.name] = col.nullable ? base.nullable() : base;
  }
  return z.object(shape).strict();
}

export const UNIT = { label: "万元", factor: 10000, currency: "CNY" } as const;

/** Columns every row carries: a stable id and where in the seed it was read. */
export const provenanceColumns: ColumnDef[] = [
  { name: "id", label: "编号", type: "code", description: "Stable row id within the table." },
  { name: "source_file", label: "来源文件", type: "string", description: "Seed file the row was read from." },
  { name: "source_line", label: "来源行", type: "integer", description: "Line number in the seed file (1-based)." },
];
