/**
 * Turns the build's rows (amounts in cents) into published records (amounts in 万元),
 * in column order, and validates every one against the table's zod schema: the last step
 * before a dataset is assembled, after every table is normalised and reconciled. A row the
 * schema's quick test passes (rowPassesSchema: true only where zod accepts) is not parsed
 * by zod again; any other is, and zod's verdict and message stand.
 */
import { rowPassesSchema, rowSchema } from "../../src/schema/row-schema";
import { centsToWan } from "../../src/lib/money";
import { BuildError } from "./errors";
import type { ParsedTable } from "./model";

export type PublishedRow = Record<string, string | number | null>;

export function toRecords(file: string, table: ParsedTable): PublishedRow[] {
  const schema = rowSchema(table.def.columns);
  const passes = rowPassesSchema(table.def.columns);
  return table.rows.map((row) => {
    const out: PublishedRow = {};
    for (const col of table.def.columns) {
      const v = row[col.name];
      out[col.name] = v === undefined ? null : col.type === "amount" && typeof v === "number" ? centsToWan(v) : v;
    }
    if (passes(out)) return out;
    const result = schema.safeParse(out);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new BuildError(file, row.source_line ?? null, "schema", `${table.def.id} row ${row.id}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return out;
  });
}
