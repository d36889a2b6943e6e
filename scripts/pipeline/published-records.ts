/**
 * Turns the build's rows (amounts in cents) into published records (amounts in 万元),
 * in column order, and validates every one against the table's zod schema: the last step
 * before a dataset is assembled, after every table is normalised and reconciled.
 */
import { rowSchema } from "../../src/schema/row-schema";
import { centsToWan } from "../../src/lib/money";
import { BuildError } from "./errors";
import type { ParsedTable } from "./model";

export type PublishedRow = Record<string, string | number | null>;

export function toRecords(file: string, table: ParsedTable): PublishedRow[] {
  const schema = rowSchema(table.def.columns);
  return table.rows.map((row) => {
    const out: PublishedRow = {};
    for (const col of table.def.columns) {
      const v = row[col.name];
      out[col.name] = v === undefined ? null : col.type === "amount" && typeof v === "number" ? centsToWan(v) : v;
    }
    const result = schema.safeParse(out);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new BuildError(file, row.source_line ?? null, "schema", `${table.def.id} row ${row.id}: ${issue.path.join(".")}: ${issue.message}`);
    }
    return out;
  });
}
