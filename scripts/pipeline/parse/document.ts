/**
 * Reads a whole disclosure: finds each template table by its title, hands it to its
 * parser, and reports a table the template has and the document lacks.
 */
import { TABLES } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import { parseCoded } from "./coded";
import { pad } from "./cells";
import { parseFiscal } from "./fiscal";
import { parseGoals } from "./goals";
import { indicatorColumns, type LevelRow } from "./indicators";
import { parseProject } from "./project";
import { parseSummary } from "./summary";
import { parseThreePublic } from "./three-public";

type Parser = (ctx: Context, s: Section) => ParsedTable[];

/** Budget tables of the template, by title (after the year), in the order they are printed. */
const BUDGET_TABLES: [string, Parser][] = [
  ["部门收支总体情况表", (c, s) => Object.values(parseSummary(c, s))],
  ["部门收入总体情况表", (c, s) => [parseCoded(c, s, TABLES.revenueOverview)]],
  ["部门支出总体情况表", (c, s) => [parseCoded(c, s, TABLES.departmentExpenditure)]],
  ["财政拨款收支总体情况表", (c, s) => Object.values(parseFiscal(c, s))],
  ["一般公共预算支出情况表", (c, s) => [parseCoded(c, s, TABLES.generalBudgetExpenditure)]],
  ["支出经济分类汇总表", (c, s) => [parseCoded(c, s, TABLES.economicSummary)]],
  ["一般公共预算基本支出情况表", (c, s) => [parseCoded(c, s, TABLES.generalBudgetBasic)]],
  ["一般公共预算“三公”经费支出情况表", (c, s) => [parseThreePublic(c, s)]],
  ["政府性基金预算支出情况表", (c, s) => [parseCoded(c, s, TABLES.governmentFund)]],
];

/** What the structure checks read of a sheet with an indicator table: its rows' levels and its fields. */
export interface SheetStructure {
  id: string;
  name: string;
  line: number;
  framework: "project" | "department";
  levels: LevelRow[];
  fieldCounts: Map<string, number> | null;
}

export interface ParsedDocument {
  department: string;
  year: number;
  kind: "budget" | "final-accounts";
  tables: Map<string, ParsedTable>;
  sheets: SheetStructure[];
}

export function parseDocument(ctx: Context, sections: Section[], totalLines: number): ParsedDocument {
  const tables = new Map<string, ParsedTable>();
  const add = (t: ParsedTable) => tables.set(t.def.id, t);
  const budgetSections = sections.filter((s) => s.kind === "budget-table");
  const first = budgetSections[0];
  if (!first) throw new BuildError(ctx.file, 1, "unrecognised-document", "no budget table title found (expected e.g. \"2021年部门收支总体情况表\")");
  const year = first.year!;
  const department = first.unitName;
  if (!department) throw new BuildError(ctx.file, first.line, "unrecognised-document", `no "单位：<department>" line under "${first.printedTitle}"`);

  const seenTitles = new Set<string>();
  for (const s of budgetSections) {
    const entry = BUDGET_TABLES.find(([title]) => title === s.title);
    if (!entry) throw new BuildError(ctx.file, s.line, "unrecognised-table", `unknown table title "${s.printedTitle}"`);
    if (s.year !== year) throw new BuildError(ctx.file, s.line, "year-mismatch", `"${s.printedTitle}" is for ${s.year}, the document for ${year}`);
    if (seenTitles.has(s.title)) throw new BuildError(ctx.file, s.line, "duplicate-table", `"${s.printedTitle}" appears twice`);
    seenTitles.add(s.title);
    for (const t of entry[1](ctx, s)) {
      add(t);
      for (const r of t.rows) ctx.lines.claim(r.source_line, "row", t.def.id, r.id);
    }
  }
  const lastLine = sections.at(-1)?.endLine ?? totalLines;
  for (const [title] of BUDGET_TABLES) {
    if (!budgetSections.some((s) => s.title === title)) {
      throw new BuildError(ctx.file, lastLine, "truncated", `table "${year}年${title}" not found (document truncated or not of this template?)`);
    }
  }

  const goals = sections.filter((s) => s.kind === "goals");
  if (goals.length !== 1) {
    throw new BuildError(ctx.file, goals[1]?.line ?? lastLine, goals.length ? "duplicate-table" : "truncated", `expected one 整体绩效目标表, found ${goals.length}`);
  }
  const parsedGoals = parseGoals(ctx, goals[0]!);
  Object.values(parsedGoals.tables).forEach(add);
  const sheets: SheetStructure[] = [
    { id: "goals", name: goals[0]!.printedTitle, line: goals[0]!.line, framework: "department", levels: parsedGoals.levels, fieldCounts: null },
  ];

  const projectSections = sections.filter((s) => s.kind === "project");
  if (projectSections.length === 0) throw new BuildError(ctx.file, lastLine, "truncated", "no 支出项目绩效目标表 (project sheet) found");
  const projects: Row[] = [];
  const indicators: Row[] = [];
  projectSections.forEach((s, i) => {
    const id = `p${pad(i + 1)}`;
    const p = parseProject(ctx, s, id);
    projects.push(p.fields);
    sheets.push({ id, name: String(p.fields.name), line: s.line, framework: "project", levels: p.levels, fieldCounts: p.fieldCounts });
    p.indicators.forEach((ind, k) => ctx.lines.claim(ind.line, "indicator", TABLES.projectIndicators.id, `${id}-${pad(k + 1)}`));
    p.indicators.forEach((ind, k) =>
      indicators.push({
        id: `${id}-${pad(k + 1)}`,
        source_file: ctx.file,
        source_line: ind.line,
        project_id: id,
        project_name: String(p.fields.name),
        ...indicatorColumns(ind),
      }),
    );
  });
  const projectLines: [number, number] = [projectSections[0]!.line, projectSections.at(-1)!.endLine];
  add({ def: TABLES.projects, rows: projects, note: null, sourceTitle: "支出项目绩效目标表", lines: projectLines });
  add({ def: TABLES.projectIndicators, rows: indicators, note: null, sourceTitle: "支出项目绩效目标表", lines: projectLines });

  const kind = budgetSections.some((s) => s.title.includes("决算")) ? "final-accounts" : "budget";
  return { department, year, kind, tables, sheets };
}
