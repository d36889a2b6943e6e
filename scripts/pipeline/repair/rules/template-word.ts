/**
 * Rule template-word: OCR misreads a word of the template's closed vocabulary (a table
 * title, a header word, a field name of a project sheet). A printed word that is not in the
 * vocabulary but within a small edit distance of exactly one word that belongs in its place
 * is that word. Titles are read before the document is split into sections (a misread title
 * would split it wrong), the words of a sheet after. A slip of a 一级/二级 label is recorded
 * under this id too, by label-drift, which knows a label's place better (see label-drift.ts).
 */
import type { Section } from "../../segment";
import type { SourceRow } from "../../source-rows";
import { BUDGET_TABLE_TITLES, GOALS_TITLE_SUFFIX, INDICATOR_HEADER, PROJECT_FIELDS, PROJECT_TITLE_SUFFIX, SHEET_HEADINGS } from "../../template";
import { INDICATOR_HEADER_WORDS, squash } from "../../template-text";
import { editDistance, slipAllowance, slipCandidates } from "../../../../src/lib/edit-distance";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

const YEAR_TITLE = /^(\d{4})年(.+)$/;

function fix(log: RepairLog, row: SourceRow, k: number, word: string, where: string, whereZh: string): void {
  const printed = row.cells[k]!;
  const d = editDistance(squash(printed), word, slipAllowance(word));
  log.record(row.line, "template-word", [printed], [word], `"${printed}" is an OCR slip of the template's ${where} "${word}" (edit distance ${d}; no other ${where} is that near)`, `“${printed}”是模板${whereZh}“${word}”的识别错误（相差 ${d} 个字，没有别的${whereZh}这样接近）`);
  row.cells[k] = word;
}

export const templateWordRule: RepairRule = {
  id: "template-word",
  describe: {
    repairs: "OCR slips of the template's closed vocabulary (table titles, header words, field names, 一级/二级 labels): the one nearest word that belongs in that place, within one or two characters",
    zh: "表格固定用语识别错误",
    en: "OCR slip of a template word",
  },
  scope: {
    sections: ["project", "goals"],
    touches: "a one-cell title row (before the document is split into sections); the field names of a project sheet and the header words of an indicator table",
  },
  apply: {
    rows: (rows, { log }) => {
      for (const row of rows) repairTitle(row, log);
      return rows;
    },
    sections: (sections, { log }) => {
      const near = { header: slipsAmong(INDICATOR_HEADER_WORDS), label: slipsAmong(SHEET_LABELS) };
      for (const s of sections) repairSheetWords(s, log, near);
    },
  },
};

/** A table title ("2021年部门支出总体倩况表") or a sheet title ending in a slip of its suffix. */
function repairTitle(row: SourceRow, log: RepairLog): void {
  if (row.cells.length !== 1 || !row.cells[0]) return;
  const text = row.cells[0];
  const m = YEAR_TITLE.exec(text);
  if (m && m[2]!.endsWith("表") && !(BUDGET_TABLE_TITLES as readonly string[]).includes(m[2]!)) {
    const c = slipCandidates(m[2]!, BUDGET_TABLE_TITLES);
    if (c.length === 1) {
      const word = `${m[1]}年${c[0]}`;
      log.record(row.line, "template-word", [text], [word], `"${m[2]}" is an OCR slip of the template's table title "${c[0]}" (edit distance ${editDistance(m[2]!, c[0]!, 2)}; no other title is that near)`, `“${m[2]}”是模板表名“${c[0]}”的识别错误（相差 ${editDistance(m[2]!, c[0]!, 2)} 个字，没有别的表名这样接近）`);
      row.cells[0] = word;
    }
    return;
  }
  for (const suffix of [PROJECT_TITLE_SUFFIX, GOALS_TITLE_SUFFIX]) {
    if (text.endsWith(suffix) || text.length <= suffix.length) continue;
    const tail = [...text].slice(-[...suffix].length).join("");
    if (!tail.endsWith("表") || editDistance(tail, suffix, 2) === Infinity) continue;
    if (slipCandidates(tail, [PROJECT_TITLE_SUFFIX, GOALS_TITLE_SUFFIX]).length !== 1) return;
    const word = text.slice(0, text.length - tail.length) + suffix;
    log.record(row.line, "template-word", [text], [word], `the title ends "${tail}", an OCR slip of the template's sheet title "${suffix}" (edit distance ${editDistance(tail, suffix, 2)})`, `标题结尾“${tail}”是模板表名“${suffix}”的识别错误（相差 ${editDistance(tail, suffix, 2)} 个字）`);
    row.cells[0] = word;
    return;
  }
}

const SHEET_LABELS: readonly string[] = [...Object.keys(PROJECT_FIELDS), ...SHEET_HEADINGS];

type Slips = (text: string) => string[];

/**
 * slipCandidates among a fixed list of words, each text compared once per document (every
 * row of a sheet is looked at, and sheets repeat their labels), and a text too long to be a
 * slip of any of them not compared at all.
 */
function slipsAmong(words: readonly string[]): Slips {
  const longest = Math.max(...words.map((w) => [...w].length));
  const memo = new Map<string, string[]>();
  return (text) => {
    // A slip is at most 2 code points from its word (slipAllowance), and a code point is at most two UTF-16 units.
    if (Math.ceil(text.length / 2) > longest + 2) return [];
    let c = memo.get(text);
    if (!c) memo.set(text, (c = slipCandidates(text, words)));
    return c;
  };
}

function headerWord(w: string | undefined, near: Slips): string | null {
  const c = w ? near(w) : [];
  return c.length === 1 ? c[0]! : null;
}

/** Field names of a project sheet (label | value pairs) and the indicator table's header words. */
function repairSheetWords(section: Section, log: RepairLog, near: { header: Slips; label: Slips }): void {
  const labels = SHEET_LABELS;
  let inFields = section.kind === "project";
  for (const row of section.pages.flat()) {
    const words = row.cells.map((c) => squash(c));
    if (headerWord(words[0], near.header) === INDICATOR_HEADER && headerWord(words[1], near.header) === "二级指标") {
      words.forEach((w, k) => {
        const h = headerWord(w, near.header);
        if (h && h !== w) fix(log, row, k, h, "indicator header word", "指标表头用语");
      });
      inFields = false;
      continue;
    }
    if (!inFields) continue;
    for (let k = 0; k < row.cells.length; k += 2) {
      const w = words[k]!;
      if (!w || labels.includes(w)) continue;
      const c = near.label(w);
      if (c.length === 1) fix(log, row, k, c[0]!, "project field name", "项目表栏目名");
    }
  }
}
