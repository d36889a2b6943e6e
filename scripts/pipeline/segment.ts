/**
 * Splits a document into its sections: the budget tables, the overall performance goals
 * and the project sheets. A table continued on the next page repeats its title; those
 * pages are joined into one section.
 */
import { BuildError } from "./errors";
import type { LineMap } from "./line-map";
import type { SourceRow } from "./source-rows";
import { GOALS_TITLE_SUFFIX, PROJECT_TITLE_SUFFIX } from "./template";

export type SectionKind = "budget-table" | "goals" | "project";

export interface Note {
  line: number;
  text: string;
}

export interface Section {
  kind: SectionKind;
  /** Budget tables: the template title without the year ("部门支出总体情况表"). */
  title: string;
  printedTitle: string;
  line: number;
  /** Last line of the section, its titles, unit lines and notes included. */
  endLine: number;
  year: number | null;
  /** "单位：…" lines that name an organisation rather than the money unit. */
  unitName: string | null;
  /** For project sheets: the bracketed fund type of the title (行政, 全供, …). */
  fundType: string | null;
  pages: SourceRow[][];
  notes: Note[];
}

const BUDGET_TITLE = /^(\d{4})年(.+表)$/;
const GOALS_TITLE = new RegExp(`^(.+)${GOALS_TITLE_SUFFIX}$`);
const PROJECT_TITLE = new RegExp(`^(.+?)(?:[（(]([^（）()]+)[）)])?${PROJECT_TITLE_SUFFIX}$`);
const UNIT_LINE = /^单位\s*[：:]\s*(.+)$/;
const YEAR_LINE = /^[（(](\d{4})年度?[）)]$/;
const NOTE_LINE = /^(注|说明)\s*[：:]/;
/** "单位：万元", "单位：元（保留两位小数）": the money unit, not an organisation. */
const MONEY_UNIT = /^(万元|元|千元|亿元)([（(].*[）)])?$/;

function titleOf(row: SourceRow): Omit<Section, "pages" | "notes" | "unitName" | "endLine"> | null {
  if (row.cells.length !== 1) return null;
  const t = row.cells[0] ?? "";
  let m = BUDGET_TITLE.exec(t);
  if (m) return { kind: "budget-table", title: m[2]!, printedTitle: t, line: row.line, year: Number(m[1]), fundType: null };
  m = PROJECT_TITLE.exec(t);
  if (m) return { kind: "project", title: "支出项目绩效目标表", printedTitle: t, line: row.line, year: null, fundType: m[2] ?? null };
  m = GOALS_TITLE.exec(t);
  if (m) return { kind: "goals", title: "整体绩效目标表", printedTitle: t, line: row.line, year: null, fundType: null };
  return null;
}

export function segment(file: string, rows: SourceRow[], lines?: LineMap): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const row of rows) {
    const title = titleOf(row);
    if (title) {
      lines?.claim(row.line, "title", title.title);
      const continued =
        current && title.kind === "budget-table" && current.kind === "budget-table" && current.title === title.title;
      if (continued) {
        current!.pages.push([]);
        current!.endLine = row.line;
      }
      else {
        current = { ...title, endLine: row.line, unitName: null, pages: [[]], notes: [] };
        if (title.kind === "project") current.unitName = PROJECT_TITLE.exec(title.printedTitle)![1]!;
        sections.push(current);
      }
      continue;
    }
    if (!current) {
      throw new BuildError(file, row.line, "unrecognised-document", `expected a budget table title such as "2021年部门收支总体情况表", found "${row.cells.join(" ")}"`);
    }
    current.endLine = row.line;
    if (row.cells.length === 1) {
      const t = row.cells[0] ?? "";
      const unit = UNIT_LINE.exec(t);
      if (unit) {
        lines?.claim(row.line, "unit-line", current.title);
        if (!MONEY_UNIT.test(unit[1]!.trim()) && current.kind !== "project") current.unitName = unit[1]!;
        continue;
      }
      const year = YEAR_LINE.exec(t);
      if (year) {
        lines?.claim(row.line, "year-line", current.title);
        current.year = Number(year[1]);
        continue;
      }
      if (NOTE_LINE.test(t)) {
        lines?.claim(row.line, "note", current.title);
        current.notes.push({ line: row.line, text: t });
        continue;
      }
    }
    current.pages[current.pages.length - 1]!.push(row);
  }
  return sections;
}

export const allRows = (s: Section): SourceRow[] => s.pages.flat();
