/**
 * A small Table Schema checker for the tests: reads a resource's CSV by its dialect and
 * collects every cell that does not fit its field (type, required, enum, pattern), every
 * repeated primary key and every foreign key without a target. Errors are collected, not thrown.
 */
import Papa from "papaparse";

export interface CheckError {
  resource: string;
  row: number;
  field: string;
  type: "header" | "type" | "required" | "enum" | "pattern" | "primary-key" | "foreign-key";
  value: string;
}

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

export interface ResourceLike {
  name: string;
  schema: { fields: Field[]; primaryKey: string; missingValues: string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] };
}

export type Rows = Record<string, string>[];

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^-?\d+$/;

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const TYPES: Record<string, (v: string) => boolean> = {
  string: () => true,
  number: (v) => NUMBER.test(v) && Number.isFinite(Number(v)),
  integer: (v) => INTEGER.test(v) && Number.isSafeInteger(Number(v)),
  date: isDate,
};

/** Parses CSV text (CRLF records, a header line) into rows keyed by the header. */
export function parseCsv(text: string): { header: string[]; rows: Rows; errors: unknown[] } {
  const parsed = Papa.parse(text.replace(/\r\n$/, ""), { newline: "\r\n" });
  const [header, ...cells] = parsed.data as string[][];
  const rows = cells.map((c) => Object.fromEntries(header.map((h, i) => [h, c[i]])));
  return { header, rows, errors: parsed.errors };
}

/** Errors of one resource's rows against its schema (foreign keys against `others`). */
export function checkRows(resource: ResourceLike, header: string[], rows: Rows, others: ReadonlyMap<string, Rows>): CheckError[] {
  const errors: CheckError[] = [];
  const push = (row: number, field: string, type: CheckError["type"], value: string) => errors.push({ resource: resource.name, row, field, type, value });
  const names = resource.schema.fields.map((f) => f.name);
  if (header.join(",") !== names.join(",")) push(0, "", "header", header.join(","));
  const missing = new Set(resource.schema.missingValues);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    for (const f of resource.schema.fields) {
      const v = row[f.name];
      if (v === undefined || missing.has(v)) {
        if (f.constraints?.required) push(i + 1, f.name, "required", v ?? "");
        continue;
      }
      if (!TYPES[f.type](v)) push(i + 1, f.name, "type", v);
      if (f.constraints?.enum && !f.constraints.enum.includes(v)) push(i + 1, f.name, "enum", v);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) push(i + 1, f.name, "pattern", v);
    }
    const key = row[resource.schema.primaryKey];
    if (seen.has(key)) push(i + 1, resource.schema.primaryKey, "primary-key", key);
    seen.add(key);
  });
  for (const fk of resource.schema.foreignKeys ?? []) {
    const target = fk.reference.resource === "" ? rows : others.get(fk.reference.resource);
    const keys = new Set((target ?? []).map((r) => r[fk.reference.fields]));
    rows.forEach((row, i) => {
      const v = row[fk.fields];
      if (v !== "" && !keys.has(v)) push(i + 1, fk.fields, "foreign-key", v);
    });
  }
  return errors;
}
