/** Resolves a table id to its column definitions from the shared schema. */
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import { TABLE_LIST } from "../schema/tables";

const byId = new Map(TABLE_LIST.map((t) => [t.id, t.columns]));

/**
 * Columns of a table: the schema's declaration, or, for a table the schema does not know
 * (a newer build than this Worker), columns inferred from the first row so it is still served.
 */
export function columnsFor(tableId: string, rows: readonly PublishedRow[]): readonly ColumnDef[] {
  const declared = byId.get(tableId);
  if (declared) return declared;
  const first = rows[0] ?? {};
  return Object.entries(first).map(([name, value]) => ({
    name,
    label: name,
    type: typeof value === "number" ? "number" : "string",
    nullable: true,
    description: "",
  }));
}
