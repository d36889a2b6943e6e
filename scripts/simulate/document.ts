/**
 * The variant under construction: the seed's lines, each remembering the seed line it came from and
 * whether an artefact changed it, so manual corrections can be carried over to the lines printed unchanged.
 */
export interface VLine {
  text: string;
  /** 1-based line of the real seed, or null for a line the simulator inserted. */
  origin: number | null;
  /** True once an artefact (not a systematic rename or rescale) altered the line. */
  changed: boolean;
}

export const cellsOf = (line: VLine): string[] => line.text.split("\t");

export function setCells(line: VLine, cells: string[]): void {
  const text = cells.join("\t");
  if (text !== line.text) {
    line.text = text;
    line.changed = true;
  }
}

export const inserted = (text: string): VLine => ({ text, origin: null, changed: true });

export const isBlank = (line: VLine): boolean => line.text.trim() === "";

/** A project sheet: from its "…支出项目绩效目标表" title to just before the next title (or the end). */
export const SHEET_TITLE = /支出项目绩效目标表\s*$/;

export function sheetStarts(lines: VLine[]): number[] {
  return lines.flatMap((l, i) => (SHEET_TITLE.test(l.text) ? [i] : []));
}

/** The document cut into its head (everything before the first sheet) and its sheets. */
export function splitSheets(lines: VLine[]): { head: VLine[]; sheets: VLine[][] } {
  const starts = sheetStarts(lines);
  if (starts.length === 0) return { head: lines, sheets: [] };
  const sheets = starts.map((s, i) => lines.slice(s, starts[i + 1] ?? lines.length));
  return { head: lines.slice(0, starts[0]), sheets };
}

/** Index range [from, to) of a sheet's indicator rows: after its 一级指标 header, up to the 预算单位 footer. */
export function indicatorRange(sheet: VLine[]): [number, number] | null {
  const header = sheet.findIndex((l) => cellsOf(l)[0]!.trim() === "一级指标");
  if (header < 0) return null;
  let end = sheet.findIndex((l, i) => i > header && cellsOf(l)[0]!.trim().startsWith("预算单位"));
  if (end < 0) end = sheet.length;
  return [header + 1, end];
}

export interface IndicatorGroup {
  /** Null for rows whose 二级 is outside the framework (e.g. a page that lost a column): never touched. */
  level1: string | null;
  /** Indices into the sheet of the group's rows (blank lines excluded). */
  rows: number[];
}

/**
 * The consecutive indicator rows of each 一级 group, decided by the 二级 label in column 2 (an empty
 * column 2 continues the previous 二级). Null when the lines hold no indicator table.
 */
export function indicatorGroups(sheet: VLine[], framework: Map<string, string>): IndicatorGroup[] | null {
  const range = indicatorRange(sheet);
  if (!range) return null;
  const groups: IndicatorGroup[] = [];
  let level2: string | null = null;
  for (let i = range[0]; i < range[1]; i++) {
    const line = sheet[i]!;
    if (isBlank(line)) continue;
    const c2 = (cellsOf(line)[1] ?? "").trim();
    if (c2) level2 = c2;
    const level1 = (level2 !== null && framework.get(level2)) || null;
    const last = groups[groups.length - 1];
    if (last && last.level1 === level1) last.rows.push(i);
    else groups.push({ level1, rows: [i] });
  }
  return groups;
}
