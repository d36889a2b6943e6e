/**
 * The tables keyed by functional classification code (类 | 款 | 项 | 单位代码 | 名称 | 8 amounts):
 * 部门支出总体情况表, 一般公共预算支出情况表, 政府性基金预算支出情况表.
 * Each page repeats the header down to the "** | ** | …" row; data follows it.
 */
import { TABLES, type TableDef } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import { amountAt, expectHeader, squash } from "./cells";

const AMOUNT_COLUMNS = TABLES.departmentExpenditure.columns.filter((c) => c.type === "amount").map((c) => c.name);
const FIRST_AMOUNT = 5;

const HEADER: Record<number, string[]> = {
  0: ["科目编码", "类"],
  1: ["款"],
  2: ["项"],
  3: ["单位代码"],
  5: ["总计"],
  6: ["基本支出", "小计"],
  7: ["工资福利支出"],
  8: ["公用经费"],
  9: ["对个人和家庭的补助"],
  10: ["项目支出", "小计"],
  11: ["一般性项目"],
  12: ["专项资金"],
};

const isMarker = (cells: (string | null)[]) => cells.length > 0 && cells.slice(0, 5).every((c) => c === "**");

export function parseCoded(ctx: Context, section: Section, def: TableDef): ParsedTable {
  const rows: Row[] = [];
  const ids = new Set<string>();
  let units = 0;
  for (const page of section.pages) {
    const marker = page.findIndex((r) => isMarker(r.cells));
    if (marker < 0) throw new BuildError(ctx.file, section.line, "unrecognised-layout", `${section.printedTitle}: header row "** | ** | …" not found`);
    expectHeader(ctx.file, section.printedTitle, page.slice(0, marker), HEADER);
    if (!squash(page.slice(0, marker).map((r) => r.cells[4]).join("")).includes("科目名称")) {
      throw new BuildError(ctx.file, page[0]!.line, "unrecognised-layout", `${section.printedTitle}: expected header "单位(科目名称)" in column 5`);
    }
    for (const row of page.slice(marker + 1)) {
      const [lei = "", kuan = "", xiang = "", unitCode = "", name = ""] = row.cells.map((c) => c ?? "");
      if (row.cells.length > FIRST_AMOUNT + AMOUNT_COLUMNS.length) {
        throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: more cells than the template's ${FIRST_AMOUNT + AMOUNT_COLUMNS.length}`);
      }
      const hasCode = Boolean(lei || kuan || xiang);
      if (hasCode && !(/^\d{3}$/.test(lei) && /^\d{2}$/.test(kuan) && /^\d{2}$/.test(xiang))) {
        throw new BuildError(ctx.file, row.line, "classification-code", `"${lei} ${kuan} ${xiang}" is not a 类 (3 digits) 款 (2) 项 (2) code`);
      }
      if (!name) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: row without a name`);
      const kind = hasCode ? "item" : name === "合计" ? "total" : "unit";
      const code = hasCode ? `${lei}${kuan}${xiang}` : null;
      const id = kind === "item" ? (unitCode ? `${code}-${unitCode}` : code!) : kind === "total" ? "total" : `unit-${unitCode || ++units}`;
      if (ids.has(id)) throw new BuildError(ctx.file, row.line, "duplicate-row", `${section.printedTitle}: a second row with id ${id}`);
      ids.add(id);
      const record: Row = {
        id,
        source_file: ctx.file,
        source_line: row.line,
        row_kind: kind,
        code,
        class_code: hasCode ? lei : null,
        section_code: hasCode ? `${lei}${kuan}` : null,
        section_part: hasCode ? kuan : null,
        item_part: hasCode ? xiang : null,
        unit_code: unitCode || null,
        name,
        class_name: null,
        section_name: null,
      };
      AMOUNT_COLUMNS.forEach((col, k) => (record[col] = amountAt(ctx.file, row, FIRST_AMOUNT + k, col)));
      rows.push(record);
    }
  }
  return {
    def,
    rows,
    note: section.notes.map((n) => n.text).join("\n") || (rows.length ? null : "The source prints the header and no rows."),
    sourceTitle: section.printedTitle,
    lines: [section.line, section.endLine],
  };
}
