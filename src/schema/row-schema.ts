/** The zod schema of a table's rows, derived from its columns (used by the build and the tests). */
import { z } from "zod";
import type { ColumnDef } from "./columns";

/** Amounts are 万元 with at most two decimals; they are checked as integer cents. */
const hasCents = (v: number) => Number.isFinite(v) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
export const amountSchema = z.number().refine(hasCents, { message: "amount must have at most two decimals" });
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[0-9A-Za-z._-]+$/;

function valueSchema(col: ColumnDef): z.ZodType {
  switch (col.type) {
    case "amount":
      return amountSchema;
    case "integer":
      return z.number().int();
    case "number":
      return z.number();
    case "date":
      return z.string().regex(DATE);
    case "code":
      return z.string().regex(CODE);
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

type Passes = (v: unknown) => boolean;

/** valueSchema's rules as a plain test: true only where the zod schema accepts the value (z.number() takes no NaN or infinity, int() only safe integers). */
function valuePasses(col: ColumnDef): Passes {
  switch (col.type) {
    case "amount":
      return (v) => typeof v === "number" && hasCents(v);
    case "integer":
      return (v) => Number.isSafeInteger(v);
    case "number":
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "date":
      return (v) => typeof v === "string" && DATE.test(v);
    case "code":
      return (v) => typeof v === "string" && CODE.test(v);
    default: {
      const values = col.enum ? new Set(col.enum) : null;
      return values ? (v) => typeof v === "string" && values.has(v) : (v) => typeof v === "string";
    }
  }
}

const quickTests = new WeakMap<readonly ColumnDef[], (row: unknown) => boolean>();

/**
 * A quick test of a row against its table's schema, for the build, which validates every row
 * it publishes: true only when rowSchema(columns) accepts the row (exactly the columns, each
 * value by the same rules), so a row that passes needs no zod parse; false when it may not,
 * and zod, which stays the judge, says what is wrong. zod allocates for every value it checks,
 * and a dataset has a hundred thousand values. test/build/row-check.test.ts holds the two to
 * agreement.
 */
export function rowPassesSchema(columns: readonly ColumnDef[]): (row: unknown) => boolean {
  let test = quickTests.get(columns);
  if (test) return test;
  const names = columns.map((c) => c.name);
  const passes = columns.map((c): Passes => {
    const base = valuePasses(c);
    return c.nullable ? (v) => v === null || base(v) : base;
  });
  test = (row) => {
    if (typeof row !== "object" || row === null || Array.isArray(row) || Object.getPrototypeOf(row) !== Object.prototype) return false;
    // Enumerable keys, own or inherited: at least the own ones, so n of them and each column own means exactly the columns.
    let keys = 0;
    for (const _ in row) keys++;
    if (keys !== names.length) return false;
    const r = row as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) if (!Object.hasOwn(r, names[i]!) || !passes[i]!(r[names[i]!])) return false;
    return true;
  };
  quickTests.set(columns, test);
  return test;
}
