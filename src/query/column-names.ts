/**
 * What people type for a column: its name (`current_year_amount`), or the Chinese label the
 * pages, the XLSX and the CSV for Excel show (`项目本年度金额`, `项目本年度金额（万元）`,
 * `基本支出小计` for `基本支出 小计`). A label is an alias wherever a column is named: filters,
 * `_sort`, `_fields`. And when a name is unknown, the hint says what was probably meant:
 * the nearest names and labels, the columns the word is part of (`amount` → `*_amount`),
 * or the reserved parameter for paging, sorting or choosing columns.
 */
import type { ColumnDef } from "../schema/columns";
import { closest, MAX_SUGGEST_LENGTH } from "../lib/suggest";

/** A label as compared: no spaces, no unit suffix. */
function bare(label: string): string {
  return label.replace(/\s+/g, "").replace(/[（(](万元|元)[）)]$/, "");
}

/** The column a word names, by name or by its (unique) label. */
export function resolveColumn(word: string, columns: readonly ColumnDef[]): ColumnDef | undefined {
  const byName = columns.find((c) => c.name === word);
  if (byName) return byName;
  const w = bare(word);
  if (w === "") return undefined;
  const byLabel = columns.filter((c) => bare(c.label) === w);
  return byLabel.length === 1 ? byLabel[0] : undefined;
}

/** Words people use for paging, sorting and choosing columns, and the parameter that does it. */
const RESERVED_HINTS: Readonly<Record<string, string>> = {
  size: "paging",
  limit: "paging",
  per_page: "paging",
  page_size: "paging",
  pagesize: "paging",
  page: "paging",
  offset: "paging",
  start: "paging",
  skip: "paging",
  sort: "sorting",
  order: "sorting",
  order_by: "sorting",
  orderby: "sorting",
  sort_by: "sorting",
  fields: "fields",
  columns: "fields",
  select: "fields",
};

const HINTS: Readonly<Record<string, string>> = {
  paging: " To page through rows, use _size (rows per page, 1 to 1000) and follow the next link (its _next cursor); there is no page number or offset.",
  sorting: " To sort, use _sort=col (or _sort=-col, descending).",
  fields: " To choose columns, use _fields=a,b.",
};

/** " Did you mean …?" for an unknown column name, with the paging/sorting/fields hint where the word is one of those. */
export function columnHint(word: string, columns: readonly ColumnDef[]): string {
  const reserved = RESERVED_HINTS[word.toLowerCase()];
  if (reserved) return HINTS[reserved]!;
  if (word.length > MAX_SUGGEST_LENGTH) return "";
  const names = columns.map((c) => c.name);
  const near = closest(word, names);
  // A word that is a part of names (amount → total_amount, current_year_amount …).
  const lower = word.toLowerCase();
  const parts = lower.length >= 3 ? names.filter((n) => n.split("_").includes(lower) && !near.includes(n)) : [];
  // A label typed with a slip (项目名 → 项目名称), shown with its name.
  const labels = closest(bare(word), columns.map((c) => bare(c.label)));
  const byLabel = labels.flatMap((l) => columns.filter((c) => bare(c.label) === l)).filter((c) => !near.includes(c.name) && !parts.includes(c.name));
  const all = [...near.map((n) => `'${n}'`), ...parts.slice(0, 6).map((n) => `'${n}'`), ...byLabel.slice(0, 3).map((c) => `'${c.name}' (${c.label})`)];
  return all.length ? ` Did you mean ${all.join(" or ")}?` : "";
}
