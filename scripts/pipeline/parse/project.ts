/**
 * 支出项目绩效目标表: one sheet per project. Label/value pairs (two to a row), the long
 * texts, then the indicator table (一级 | 二级 | 三级 | 目标值) closed by the signature row.
 */
import { BuildError } from "../errors";
import { setFieldLine, type Context, type Row } from "../model";
import type { Section } from "../segment";
import { htmlToText } from "../html-text";
import { indicatorBlock } from "../section-layout";
import { squash } from "../template-text";
import { amountAt } from "./cells";
import { readIndicators, type Indicator, type LevelRow } from "./indicators";
import { PROJECT_FIELDS as FIELDS, SHEET_HEADINGS, type FieldKind as Kind } from "../template";

const REQUIRED = ["项目名称", "单位编码", "项目本年度金额"];

export interface ParsedProject {
  fields: Row;
  indicators: Indicator[];
  /** Every row of the indicator table with its levels, empty slots of the template included. */
  levels: LevelRow[];
  /** How often each field of the template is printed on the sheet. */
  fieldCounts: Map<string, number>;
}

const HEADINGS = new Set<string>(SHEET_HEADINGS);

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
  const fieldCounts = new Map<string, number>();
  const block = indicatorBlock(section);
  const headerAt = block?.header ?? -1;
  if (headerAt < 0) throw new BuildError(ctx.file, section.line, "truncated", `project sheet "${section.printedTitle}": indicator header "一级指标" not found`);
  for (const row of body.slice(0, headerAt)) {
    const first = squash(row.cells[0]);
    if (HEADINGS.has(first) && row.cells.slice(1).every((c) => !c)) {
      ctx.lines.claim(row.line, "heading", "projects", id);
      continue;
    }
    ctx.lines.claim(row.line, "field", "projects", id);
    let i = 0;
    while (i < row.cells.length) {
      const label = squash(row.cells[i]);
      if (!label) {
        if (row.cells.slice(i).some((c) => c)) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `value "${row.cells.slice(i).find((c) => c)}" without a label`);
        break;
      }
      const field = FIELDS[label];
      if (!field) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `unknown project field "${row.cells[i]}"`);
      fieldCounts.set(label, (fieldCounts.get(label) ?? 0) + 1);
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
  const footer = block!.end;
  if (footer >= body.length) throw new BuildError(ctx.file, body.at(-1)?.line ?? section.line, "truncated", `project sheet "${fields.name}": ends before its signature row (预算单位（盖章）)`);
  const trailing = body.slice(footer + 1).find((r) => r.cells.some((c) => c));
  if (trailing) throw new BuildError(ctx.file, trailing.line, "unrecognised-layout", `unexpected row after the signature row of "${fields.name}"`);
  const { indicators, levels } = readIndicators(ctx.file, body.slice(headerAt + 1, footer), false);
  ctx.lines.claim(body[headerAt]!.line, "indicator-header", "project-indicators", id);
  ctx.lines.claim(body[footer]!.line, "signature", "projects", id);
  for (const l of levels) ctx.lines.claim(l.line, "indicator", "project-indicators");
  if (indicators.length === 0) throw new BuildError(ctx.file, section.line, "truncated", `project sheet "${fields.name}" has no indicators`);
  return { fields, indicators, levels, fieldCounts };
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
