/**
 * What a variant must publish, derived from the real seed's published tables alone (not from the
 * pipeline): strings renamed, amounts × k, project ids permuted, mobiles masked.
 */
import type { PublishedRow } from "../../src/schema/bundle";
import type { Variant } from "./simulate";

/** Published numbers that are not amounts (not multiplied by k). */
const NOT_AMOUNTS = new Set(["source_line", "target_value", "change_percent"]);
/** Fields that may carry a project id (p01…) or coded row ids (2050803-017), the relations of budget-lines among them. */
const ID_FIELDS = new Set(["id", "row_id", "project_id", "parent_id", "fact_id", "derived_by", "total_of", "part_of", "same_as", "of_which"]);
const PROJECT_ID = /(?<![A-Za-z0-9])p\d\d(?=-|\.|$)/;
const PROJECT_IDS = new RegExp(PROJECT_ID.source, "g");

export type Tables = Record<string, PublishedRow[]>;

function mapString(v: Variant, seedFile: string, key: string, value: string): string {
  const { department, year, unitCode } = v.renaming;
  if (key === "source_file") return value === seedFile ? v.file : value;
  let out = value.replaceAll(department[0], department[1]).replaceAll(year[0], year[1]);
  if (key === "unit_code") out = out.replace(new RegExp(`^${unitCode[0]}(?=\\d{6}$|$)`), unitCode[1]);
  if (ID_FIELDS.has(key)) {
    out = out.replace(new RegExp(`(\\d{7})-${unitCode[0]}(?=[./:,=]|$)`, "g"), `$1-${unitCode[1]}`);
    out = out.replace(PROJECT_IDS, (p) => v.projectIds.get(p) ?? p);
  }
  return out;
}

function mapRow(v: Variant, seedFile: string, row: PublishedRow): PublishedRow {
  const out: PublishedRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value === "string") out[key] = mapString(v, seedFile, key, value);
    else if (typeof value === "number" && !NOT_AMOUNTS.has(key)) out[key] = (Math.round(value * 100) * v.renaming.k) / 100;
    else out[key] = value;
  }
  // A target such as "2021年" names the year: its value follows the rename.
  if (row.target_value === Number(v.renaming.year[0]) && typeof row.target === "string" && row.target.includes(v.renaming.year[0])) out.target_value = Number(v.renaming.year[1]);
  const phone = "phone" in row ? v.phones.get(String(row.id)) : undefined;
  if (phone !== undefined) out.phone = phone;
  return out;
}

const projectOf = (row: PublishedRow): number | null => {
  const m = PROJECT_ID.exec(String(row.id ?? ""));
  return m ? Number(m[0].slice(1)) : null;
};

/**
 * The real seed's tables mapped through the variant's changes, rows carrying a project id in the new
 * document order; the tables the simulator printed afresh (v.expected) replace the mapped ones.
 */
export function expectedTables(v: Variant, seedFile: string, real: Tables): Tables {
  const out: Tables = {};
  for (const [table, rows] of Object.entries(real)) {
    // The line map is the variant's own text, line by line: sourceDifferences checks it.
    if (table === "source") continue;
    const mapped = rows.map((r) => mapRow(v, seedFile, r));
    const slots = mapped.flatMap((r, i) => (projectOf(r) === null ? [] : [i]));
    const sorted = slots.map((i) => mapped[i]!).sort((a, b) => projectOf(a)! - projectOf(b)!);
    slots.forEach((slot, j) => (mapped[slot] = sorted[j]!));
    out[table] = mapped;
  }
  // The tables the simulator printed afresh (filled, or split into units): its own rows.
  for (const [table, rows] of Object.entries(v.expected)) out[table] = rows;
  return out;
}

/**
 * The source table of a variant is its own text: one row per line, each printing the line as
 * written (a personal mobile masked, digits 4–7 as ****). Returns the differences.
 */
export function sourceDifferences(v: Variant, source: PublishedRow[]): { row: number; expected: string | null; actual: unknown }[] {
  const lines = v.text.replace(/^\ufeff/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const out: { row: number; expected: string | null; actual: unknown }[] = [];
  if (source.length !== lines.length) out.push({ row: -1, expected: `${lines.length} lines`, actual: `${source.length} rows` });
  lines.forEach((line, i) => {
    const want = line.replace(/\t/g, "").trim() === "" ? null : line;
    const got = source[i]?.text;
    const masked = typeof got === "string" && got.includes("****") && want !== null && got.length === want.length;
    if (got !== want && !masked) out.push({ row: i, expected: want, actual: got });
  });
  return out;
}
