/**
 * Foreign keys between the tables, by column name: what Table Schema can state (a column
 * whose values are keys of one fixed resource), and a sentence for what it cannot.
 */
import type { ColumnDef } from "../schema/columns";
import type { ForeignKey } from "./types";

interface Reference {
  /** Table id, or null for the table itself. */
  resource: string | null;
  field: string;
  /** Only in tables that also have this column. */
  onlyWith?: string;
}

/**
 * The classifications table lists the codes that classified rows use, so the code columns
 * point at it only in tables whose rows carry a full `code`; a table that prints every
 * 类 of the template (used or not) has class codes that are not listed there.
 */
const REFERENCES: Record<string, Reference> = {
  project_id: { resource: "projects", field: "id" },
  parent_id: { resource: null, field: "id" },
  parent: { resource: null, field: "code" },
  code: { resource: "classifications", field: "code", onlyWith: "code" },
  class_code: { resource: "classifications", field: "code", onlyWith: "code" },
  section_code: { resource: "classifications", field: "code", onlyWith: "code" },
};

/** Foreign keys of a table, limited to resources the package has; a key never points at itself. */
export function foreignKeys(tableId: string, columns: readonly ColumnDef[], resources: ReadonlySet<string>): ForeignKey[] {
  const names = new Set(columns.map((c) => c.name));
  const keys: ForeignKey[] = [];
  for (const column of columns) {
    const ref = Object.hasOwn(REFERENCES, column.name) ? REFERENCES[column.name] : undefined;
    if (!ref || (ref.onlyWith && !names.has(ref.onlyWith))) continue;
    const target = ref.resource ?? tableId;
    if (target === tableId && ref.field === column.name) continue;
    if (target === tableId ? !names.has(ref.field) : !resources.has(target)) continue;
    keys.push({ fields: column.name, reference: { resource: target === tableId ? "" : target, fields: ref.field } });
  }
  return keys;
}

/**
 * A row that points at a row of another table named in a column (`table` + `row_id`, and
 * `measure` naming that table's column): true of the budget lines. Table Schema foreign keys
 * name one fixed resource, so this is said in words.
 */
export function polymorphicReference(columns: readonly ColumnDef[]): string | null {
  const names = new Set(columns.map((c) => c.name));
  if (!names.has("table") || !names.has("row_id")) return null;
  return (
    "Each row points at the row `row_id` of the resource named in `table`" +
    (names.has("measure") ? ", and `measure` names the field of that resource that holds the amount" : "") +
    ". The target resource varies from row to row, which a Table Schema foreign key (one fixed resource) cannot state, so no foreign key is declared for it."
  );
}
