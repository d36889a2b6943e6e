/**
 * The tables keyed by a classification code, read by their printed header: the functional
 * ones (部门收入总体情况表, 部门支出总体情况表, 一般公共预算支出情况表, 政府性基金预算支出情况表:
 * 类/款/项 codes) and the economic ones (一般公共预算基本支出情况表, 支出经济分类汇总表: 类/款).
 * Each page may repeat the header; rows are told apart by their content: 合计, the department
 * row, a unit's row (单位代码, name, its subtotals) heading that unit's rows, and code rows.
 */
import type { TableDef } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import type { SourceRow } from "../source-rows";
import { CODED_TABLE_VOCABULARY, HEADER_GROUP_WORDS, type Classification } from "../template";
import { squash } from "../template-text";
import { amountAt } from "./cells";
import { isColumnNumberRow, isHeaderRow, mapColumns, type ColumnMap } from "./header";

const TOTAL_NAMES = new Set(["合计", "总计"]);
/** Code lengths of a full code of each kind of row. */
const KIND_BY_LENGTH: Record<Classification, Record<number, string>> = {
  functional: { 3: "class", 5: "section", 7: "item" },
  economic: { 3: "class", 5: "item" },
};

interface Key {
  code: string | null;
  unitCode: string | null;
  name: string;
}

export function parseCoded(ctx: Context, section: Section, def: TableDef): ParsedTable {
  const vocabulary = CODED_TABLE_VOCABULARY[section.title];
  if (!vocabulary) throw new BuildError(ctx.file, section.line, "internal", `no header vocabulary for ${section.title}`);
  const rows: Row[] = [];
  const ids = new Set<string>();
  const published = new Set(def.columns.map((c) => c.name));
  let columns: ColumnMap | null = null;
  let unit: Row | null = null;
  let classCode: string | null = null;
  for (const page of section.pages) {
    let at = 0;
    while (at < page.length && (isHeaderRow(page[at]!.cells) || isColumnNumberRow(page[at]!.cells))) at++;
    const header = page.slice(0, at);
    for (const h of header) ctx.lines.claim(h.line, isColumnNumberRow(h.cells) ? "column-numbers" : "header", def.id);
    if (header.some((h) => !isColumnNumberRow(h.cells))) {
      columns = mapColumns(ctx.file, section.printedTitle, header, { ...vocabulary, groups: HEADER_GROUP_WORDS });
      for (const k of columns.amounts.keys()) {
        if (!published.has(k)) throw new BuildError(ctx.file, header[0]!.line, "unknown-header", `${section.printedTitle}: the column ${k} is not a column of this table`);
      }
      if (!columns.keys.has("name")) throw new BuildError(ctx.file, header[0]!.line, "unknown-header", `${section.printedTitle}: no name column (科目名称) in the header`);
    }
    for (const row of page.slice(at)) {
      if (!columns) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: a row before any header`);
      const key = readKey(ctx, section, vocabulary.classification, columns, row, classCode);
      const kind = key.code ? KIND_BY_LENGTH[vocabulary.classification][key.code.length]! : TOTAL_NAMES.has(key.name) ? "total" : key.unitCode ? "unit" : "department";
      if (kind === "total" || kind === "department") unit = null;
      // A merged 类 cell carries down its own block only.
      if (kind !== "class" && kind !== "section" && kind !== "item") classCode = null;
      const unitCode = kind === "unit" ? key.unitCode : key.code ? key.unitCode ?? (unit?.unit_code as string | null) ?? null : null;
      if (kind === "class") classCode = key.code;
      const id = kind === "total" ? "total" : kind === "department" ? "department" : kind === "unit" ? `unit-${unitCode}` : unitCode ? `${key.code}-${unitCode}` : key.code!;
      if (ids.has(id)) throw new BuildError(ctx.file, row.line, "duplicate-row", `${section.printedTitle}: a second row with id ${id}`);
      ids.add(id);
      const record: Row = { id, source_file: ctx.file, source_line: row.line, row_kind: kind, unit_code: unitCode, name: key.name, ...codeColumns(vocabulary.classification, key.code) };
      for (const c of def.columns) if (c.type === "amount") record[c.name] = columns.amounts.has(c.name) ? amountAt(ctx.file, row, columns.amounts.get(c.name)!, c.label) : null;
      if (kind === "unit") unit = record;
      rows.push(record);
    }
  }
  requireSubtotalRows(ctx, section, rows);
  return {
    def,
    rows,
    note: section.notes.map((n) => n.text).join("\n") || (rows.length ? null : columns ? "The source prints the header and no rows." : "The source prints the title and no rows."),
    sourceTitle: section.printedTitle,
    lines: [section.line, section.endLine],
  };
}

/** The code, unit code and name of a data row; every cell outside the mapped columns must be blank. */
function readKey(ctx: Context, section: Section, classification: Classification, columns: ColumnMap, row: SourceRow, lastClass: string | null): Key {
  const cell = (k: string) => (columns.keys.has(k) ? squash(row.cells[columns.keys.get(k)!]) : "");
  const mapped = new Set([...columns.keys.values(), ...columns.amounts.values()]);
  row.cells.forEach((c, i) => {
    if (c && !mapped.has(i)) throw new BuildError(ctx.file, row.line, "unread-cell", `${section.printedTitle}: cell ${i + 1} ("${c}") is under no column of the header`);
  });
  let unitCode = cell("unit_code") || null;
  let code: string | null;
  if (columns.keys.has("code") && !columns.keys.has("class")) {
    code = cell("code") || null;
    const lengths = Object.keys(KIND_BY_LENGTH[classification]).map(Number);
    if (code && !columns.keys.has("unit_code") && /^\d+$/.test(code) && !lengths.includes(code.length)) [unitCode, code] = [code, null];
  } else {
    let [c, s, i] = [cell("class"), cell("section"), cell("item")];
    // Without a 单位代码 column a unit row prints its code where the 类 goes: digits of another length than a 类's.
    if (!columns.keys.has("unit_code") && /^\d+$/.test(c) && c.length !== 3 && !s && !i) [unitCode, c] = [c, ""];
    // A merged 类 cell of the economic tables is printed once, on its class row.
    if (!c && s && classification === "economic") c = lastClass ?? "";
    code = c + s + i || null;
    const shape = classification === "functional" ? /^\d{3}(\d{2}(\d{2})?)?$/ : /^\d{3}(\d{2})?$/;
    if (code && (!shape.test(code) || (!s && i) || c.length !== 3 || (s && s.length !== 2) || (i && i.length !== 2))) {
      throw new BuildError(ctx.file, row.line, "classification-code", `"${[c, s, i].filter(Boolean).join(" ")}" is not a ${classification === "functional" ? "类 (3 digits) 款 (2) 项 (2)" : "类 (3 digits) 款 (2)"} code`);
    }
  }
  if (code && !/^\d+$/.test(code)) throw new BuildError(ctx.file, row.line, "classification-code", `"${code}" is not a classification code`);
  if (code && !KIND_BY_LENGTH[classification][code.length]) throw new BuildError(ctx.file, row.line, "classification-code", `"${code}" has ${code.length} digits, not a ${classification} classification code`);
  const name = cell("name");
  if (!name) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: row without a name`);
  return { code, unitCode, name };
}

function codeColumns(classification: Classification, code: string | null): Record<string, string | null> {
  if (classification === "economic") {
    return { code, class_code: code ? code.slice(0, 3) : null, item_part: code && code.length === 5 ? code.slice(3) : null, official_name: null, class_name: null };
  }
  return {
    code,
    class_code: code ? code.slice(0, 3) : null,
    section_code: code && code.length >= 5 ? code.slice(0, 5) : null,
    section_part: code && code.length >= 5 ? code.slice(3, 5) : null,
    item_part: code && code.length === 7 ? code.slice(5) : null,
    class_name: null,
    section_name: null,
  };
}

/**
 * A table that prints 类 (or 款) subtotal rows prints one for every 类 (款) its rows reach, in
 * each unit's block: a missing one is a lost line, whose figures the rows below it would
 * otherwise silently stand in for.
 */
function requireSubtotalRows(ctx: Context, section: Section, rows: Row[]): void {
  for (const [kind, digits, word] of [["class", 3, "类"], ["section", 5, "款"]] as const) {
    if (!rows.some((r) => r.row_kind === kind)) continue;
    let block = new Set<string>();
    for (const r of rows) {
      if (r.row_kind === "unit" || r.row_kind === "total" || r.row_kind === "department") block = new Set();
      else if (r.row_kind === kind) block.add(String(r.code));
      else if (typeof r.code === "string" && r.code.length > digits && !block.has(r.code.slice(0, digits))) {
        throw new BuildError(ctx.file, r.source_line, "missing-subtotal", `${section.printedTitle}: ${r.code} ${r.name} is printed without its ${word} row ${r.code.slice(0, digits)}, though the table prints ${word} rows`);
      }
    }
  }
}
