/** Table Schema fields from the column definitions of src/schema: type, title, constraints, fiscal terms. */
import type { ColumnDef, ColumnType } from "../schema/columns";
import type { DatasetHead } from "../data/store";
import { classificationTerms, measureTerms } from "./fiscal";
import type { Field, FieldConstraints, FieldType } from "./types";

/** Codes keep leading zeros, so they are strings; amounts are decimal numbers of 万元. */
export const FIELD_TYPES: Record<ColumnType, FieldType> = {
  string: "string",
  text: "string",
  code: "string",
  amount: "number",
  integer: "integer",
  number: "number",
  date: "date",
};

/** The characters a code may hold (the zod schema of code columns says the same; a test compares them). */
export const CODE_PATTERN = "[0-9A-Za-z._-]+";

function constraints(column: ColumnDef): FieldConstraints | undefined {
  const c: FieldConstraints = {};
  if (!column.nullable) c.required = true;
  if (column.enum) c.enum = [...column.enum];
  if (column.type === "code") c.pattern = CODE_PATTERN;
  return Object.keys(c).length ? c : undefined;
}

/** The field of one column of a table with this Chinese title. */
export function field(column: ColumnDef, meta: DatasetHead, tableTitleZh: string): Field {
  const c = constraints(column);
  const fiscal = column.type === "amount" ? measureTerms(meta, tableTitleZh) : classificationTerms(column);
  return {
    name: column.name,
    type: FIELD_TYPES[column.type],
    title: column.label,
    description: column.description,
    ...(c ? { constraints: c } : {}),
    ...fiscal,
  };
}
