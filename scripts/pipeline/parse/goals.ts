/** 整体绩效目标表: the department's yearly goal, main tasks, budget, and indicator table. */
import { TABLES } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import { setFieldLine, type Context, type ParsedTable, type Row } from "../model";
import type { Section } from "../segment";
import { htmlToText } from "../html-text";
import { squash } from "../template-text";
import { amountAt, pad } from "./cells";
import { indicatorColumns, readIndicators, type LevelRow } from "./indicators";

/** Budget lines of the table, matched by the words of their printed label. */
const BUDGET_FIELDS: [string, string][] = [
  ["部门预算总额", "budget_total"],
  ["财政性资金", "budget_fiscal"],
  ["其他资金", "budget_other"],
  ["基本支出", "budget_basic"],
  ["项目支出", "budget_project"],
];

export function parseGoals(ctx: Context, section: Section): { tables: { goals: ParsedTable; tasks: ParsedTable; indicators: ParsedTable }; levels: LevelRow[] } {
  const body = section.pages.flat();
  const headerAt = body.findIndex((r) => squash(r.cells[0]) === "一级指标");
  if (headerAt < 0) throw new BuildError(ctx.file, section.line, "truncated", `${section.printedTitle}: indicator header "一级指标" not found`);
  const goal: Row = {
    id: "goals",
    source_file: ctx.file,
    source_line: section.line,
    department: section.printedTitle.replace(/整体绩效目标表$/, ""),
    annual_goal: null,
  };
  for (const [, col] of BUDGET_FIELDS) goal[col] = null;
  const tasks: Row[] = [];
  let block: "tasks" | "budget" | null = null;
  for (const row of body.slice(0, headerAt)) {
    const key = squash(row.cells[0]);
    if (key) block = null;
    ctx.lines.claim(row.line, key === "年度主要任务" ? "header" : block === "tasks" && !key ? "row" : "field", key === "年度主要任务" || (block === "tasks" && !key) ? TABLES.performanceTasks.id : TABLES.performanceGoals.id, block === "tasks" && !key ? `t${pad(tasks.length + 1)}` : "goals");
    if (key === "部门(单位)名称" || key === "部门（单位）名称") {
      goal.department = row.cells.slice(1).find((c) => c) ?? goal.department;
    } else if (key === "年度履职目标") {
      goal.annual_goal = htmlToText(row.cells[1] ?? null);
      setFieldLine(goal, "annual_goal", row.line);
    } else if (key === "年度主要任务") {
      block = "tasks";
    } else if (key === "预算情况" || block === "budget") {
      block = "budget";
      const label = squash(row.cells[1]);
      const field = BUDGET_FIELDS.find(([w]) => label.includes(w));
      if (!field) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: unknown budget line "${row.cells[1]}"`);
      goal[field[1]] = amountAt(ctx.file, row, 2, field[0], "万元");
      setFieldLine(goal, field[1], row.line);
    } else if (block === "tasks" && !key) {
      tasks.push({
        id: `t${pad(tasks.length + 1)}`,
        source_file: ctx.file,
        source_line: row.line,
        task: row.cells[1] ?? "",
        content: htmlToText(row.cells[2] ?? null),
      });
    } else {
      throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: unexpected row "${row.cells.join(" | ")}"`);
    }
  }
  const read = readIndicators(ctx.file, body.slice(headerAt + 1), true);
  ctx.lines.claim(body[headerAt]!.line, "indicator-header", TABLES.performanceIndicators.id);
  for (const l of read.levels) ctx.lines.claim(l.line, "indicator", TABLES.performanceIndicators.id);
  read.indicators.forEach((ind, i) => ctx.lines.claim(ind.line, "indicator", TABLES.performanceIndicators.id, `i${pad(i + 1)}`));
  const indicators: Row[] = read.indicators.map((ind, i) => ({
    id: `i${pad(i + 1)}`,
    source_file: ctx.file,
    source_line: ind.line,
    ...indicatorColumns(ind),
    description: ind.description,
  }));
  const lines: [number, number] = [section.line, section.endLine];
  const t = (def: ParsedTable["def"], rows: Row[]): ParsedTable => ({ def, rows, note: null, sourceTitle: section.printedTitle, lines });
  return {
    tables: { goals: t(TABLES.performanceGoals, [goal]), tasks: t(TABLES.performanceTasks, tasks), indicators: t(TABLES.performanceIndicators, indicators) },
    levels: read.levels,
  };
}
