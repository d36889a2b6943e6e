/** The zod schema of a table's rows, derived from its columns (used by the build and the tests). */
import { z } from "zod";
import type { ColumnDef } from "./columns";

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

/** One schema per column list: zod compiles a schema on its first use, so a build reuses it rather than compiling it again per table per document. */
const schemas = new WeakMap<readonly ColumnDef[], ReturnType<typeof makeRowSchema>>();

/** zod object schema for one row of a table, strict so no stray field is published. */
export function rowSchema(columns: readonly ColumnDef[]) {
  let schema = schemas.get(columns);
  if (!schema) schemas.set(columns, (schema = makeRowSchema(columns)));
  return schema;
}

function makeRowSchema(columns: readonly ColumnDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const col of columns) {
    const base = valueSchema(col);
    shape[col.name] = col.nullable ? base.nullable() : base;
  }
  return z.object(shape).strict();
}
