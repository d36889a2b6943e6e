/**
 * The artefact-free changes that make another department's disclosure of the same template:
 * department, year and unit code renamed, every amount multiplied by a whole factor k.
 * One function of (line, cell) so a manual correction's printed/published cells get the same change as the line.
 */
import { scaleAmount } from "../synthetic/generate";
import { AMOUNT_FIELDS } from "./vocabulary";

export interface Renaming {
  department: [string, string];
  year: [string, string];
  unitCode: [string, string];
  /** Every amount is multiplied by k. */
  k: number;
}

/** Where a line of the seed sits: the budget tables, the department's goals table, or a project sheet. */
export type Region = "budget" | "goals" | "sheet";

const AMOUNT_CELL = /^[\d,]+\.\d{1,2}(万元)?$/;
const AMOUNT_WANYUAN = /^[\d,]+\.\d{1,2}万元$/;
const GOALS_TITLE = /整体绩效目标表\s*$/;
const SHEET_TITLE = /支出项目绩效目标表\s*$/;

export function regions(lines: string[]): Region[] {
  let region: Region = "budget";
  return lines.map((l) => {
    if (SHEET_TITLE.test(l)) region = "sheet";
    else if (GOALS_TITLE.test(l) && region === "budget") region = "goals";
    return region;
  });
}

function isAmountCell(region: Region, firstCell: string, index: number, cell: string): boolean {
  if (region === "budget") return AMOUNT_CELL.test(cell);
  if (region === "goals") return AMOUNT_WANYUAN.test(cell);
  return (AMOUNT_FIELDS as readonly string[]).includes(firstCell) && (index === 1 || index === 3) && AMOUNT_CELL.test(cell);
}

/** One cell of a seed line renamed and rescaled; surrounding whitespace of the cell is kept. */
export function transformCell(r: Renaming, region: Region, firstCell: string, index: number, cell: string): string {
  const core = cell.trim();
  if (core && isAmountCell(region, firstCell.trim(), index, core)) return cell.replace(core, scaleAmount(core, r.k));
  let out = cell.replaceAll(r.department[0], r.department[1]).replaceAll(r.year[0], r.year[1]);
  const [oldCode, newCode] = r.unitCode;
  if (region === "budget" && index === 3 && /^\d{3}$/.test(firstCell.trim()) && core === oldCode) out = cell.replace(oldCode, newCode);
  if (region === "sheet" && index === 1 && firstCell.trim() === "单位编码" && new RegExp(`^${oldCode}\\d{6}$`).test(core)) out = cell.replace(oldCode, newCode);
  return out;
}

export function transformLine(r: Renaming, region: Region, text: string): string {
  const cells = text.split("\t");
  return cells.map((c, i) => transformCell(r, region, cells[0]!, i, c)).join("\t");
}
