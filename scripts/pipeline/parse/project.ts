/**
 * 支出项目绩效目标表: one sheet per project. Label/value pairs (two to a row), the long
 * texts, then the indicator table (一级 | 二级 | 三级 | 目标值) closed by the signature row.
 */
import { BuildError } from "../errors";
import { setFieldLine, type Context, type Row } from "../model";
import type { Section } from "../segment";
import { amountAt, squash } from "./cells";
import { htmlToText } from "./html-text";
import { readIndicators, type Indicator } from "./indicators";

type Kind = "string" | "code" | "amount" | "date" | "text";
const FIELDS: Record<string, [string, Kind]> = {
  项目名称: ["name", "string"],
  单位编码: ["unit_code", "code"],
  资金用途: ["purpose", "string"],
  项目负责人: ["leaders", "string"],
  联系人: ["contacts", "string"],
  联系电话: ["phone", "string"],
  开始时间: ["start_date", "date"],
  结束时间: ["end_date", "date"],
  项目总金额: ["total_amount", "amount"],
  项目本年度金额: ["current_year_amount", "amount"],
  上年度项目总金额: ["last_year_total_amount", "amount"],
  项目上年度金额: ["last_year_amount", "amount"],
  项目概况: ["overview", "text"],
  立项依据: ["basis", "text"],
  项目设立的必要性: ["necessity", "text"],
  项目配套制度措施: ["measures", "text"],
  项目实施计划: ["plan", "text"],
  备注: ["remarks", "text"],
  项目总目标: ["overall_goal", "text"],
  年度绩效目标: ["annual_goal", "text"],
};
const REQUIRED = ["项目名称", "单位编码", "项目本年度金额"];
const HEADINGS = new Set(["项目详细信息", "项目绩效目标"]);
const FOOTER = /^预算单位[（(]盖章[）)]/;
/** A personal mobile number (11 digits starting 1[3-9]); office numbers are shorter. */
export const MOBILE = /(^|\D)1[3-9]\d{9}(\D|$)/;

export interface ParsedProject {
  fields: Row;
  indicators: Indicator[];
}

export function parseProject(ctx: Context, section: Section, id: string): ParsedProject {
  const body = section.pages.flat();
  const fields: Row = {
    id,
    source_file: ctx.file,
    source_line: section.line,
    unit_name: section.unitName ?? "",
    fund_type: section.fundType,
  };
  for (const [col] of Object.values(FIELDS)) fields[col] = null;
  const seen = new Set<string>();
  const headerAt = body.findIndex((r) => squash(r.cells[0]) === "一级指标");
  if (headerAt < 0) throw new BuildError(ctx.file, section.line, "truncated", `project sheet "${section.printedTitle}": indicator header "一级指标" not found`);
  for (const row of body.slice(0, headerAt)) {
    const first = squash(row.cells[0]);
    if (HEADINGS.has(first) && row.cells.slice(1).every((c) => !c)) continue;
    let i = 0;
    while (i < row.cells.length) {
      const label = squash(row.cells[i]);
      if (!label) {
        if (row.cells.slice(i).some((c) => c)) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `value "${row.cells.slice(i).find((c) => c)}" without a label`);
        break;
      }
      const field = FIELDS[label];
      if (!field) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `unknown project field "${row.cells[i]}"`);
      if (seen.has(label)) throw new BuildError(ctx.file, row.line, "duplicate-field", `project field "${label}" appears twice`);
      seen.add(label);
      const [col, kind] = field;
      fields[col] = readValue(ctx, row, i + 1, label, kind);
      setFieldLine(fields, col, row.line);
      i += 2;
    }
  }
  for (const label of REQUIRED) {
    if (!seen.has(label)) throw new BuildError(ctx.file, section.line, "truncated", `project sheet "${section.printedTitle}": field ${label} not found`);
  }
  const phone = fields.phone;
  if (typeof phone === "string" && MOBILE.test(phone)) {
    const line = body.find((r) => squash(r.cells[0]) === "联系电话")?.line ?? section.line;
    throw new BuildError(ctx.file, line, "personal-data", `unmasked personal mobile number; add a masked-personal-data correction for this line`);
  }
  const footer = body.findIndex((r, k) => k > headerAt && FOOTER.test(squash(r.cells[0])));
  if (footer < 0) throw new BuildError(ctx.file, body.at(-1)?.line ?? section.line, "truncated", `project sheet "${fields.name}": ends before its signature row (预算单位（盖章）)`);
  const trailing = body.slice(footer + 1).find((r) => r.cells.some((c) => c));
  if (trailing) throw new BuildError(ctx.file, trailing.line, "unrecognised-layout", `unexpected row after the signature row of "${fields.name}"`);
  const indicators = readIndicators(ctx.file, body.slice(headerAt + 1, footer), false);
  if (indicators.length === 0) throw new BuildError(ctx.file, section.line, "truncated", `project sheet "${fields.name}" has no indicators`);
  return { fields, indicators };
}

function readValue(ctx: Context, row: Section["pages"][number][number], index: number, label: string, kind: Kind) {
  const raw = row.cells[index] ?? "";
  switch (kind) {
    case "amount":
      return amountAt(ctx.file, row, index, label);
    case "date":
      if (raw && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) throw new BuildError(ctx.file, row.line, "date", `${label}: "${raw}" is not a yyyy-mm-dd date`);
      return raw || null;
    case "text":
      return htmlToText(raw);
    default:
      return raw || null;
  }
}
