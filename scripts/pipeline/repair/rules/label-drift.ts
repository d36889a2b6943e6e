/**
 * Rule label-drift: the labels of the three-level indicator tables (the project sheets and the
 * 整体绩效目标表). The 一级/二级 labels are merged cells: the PDF prints a 一级 label on any
 * row of its group, or on the last row of the group before, and sometimes repeats the 二级
 * label in the 一级 column. Which 二级 group belongs to which 一级 group is a fact of the
 * template (the framework), so each row's 一级 is decided from its 二级 group, and every
 * printed 一级 label is evidence that must agree with that decision. A 一级 label is moved to
 * its group's first row, a repeated 二级 label removed. An OCR slip of a label (within a small
 * edit distance of exactly one label of its place) is recorded as template-word: only the
 * label's place, known here, tells which label it is. Page stamps are dropped before (page-stamp.ts).
 */
import { BuildError } from "../../errors";
import { indicatorBlock } from "../../section-layout";
import type { Section } from "../../segment";
import type { SourceRow } from "../../source-rows";
import { squash } from "../../template-text";
import { editDistance, slipAllowance, slipCandidates } from "../../../../src/lib/edit-distance";
import type { Framework } from "../framework";
import { frameworkOf, indicatorTableName } from "../indicator-table";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

/** A printed 一级 label: the row it stands on, as printed, and the row where its group begins. */
interface Evidence {
  row: number;
  printed: string;
  label: string;
  start: number;
  slip: boolean;
}

export const labelDrift: RepairRule = {
  id: "label-drift",
  describe: {
    repairs: "merged-cell 一级 labels printed on another row of their group, or on the last row of the group before, or a 二级 label repeated in the 一级 column: each row's 一级 is decided from its 二级 group by the template's framework (`seeds/indicator-framework.csv`), and every printed 一级 label is evidence that must agree",
    zh: "合并单元格的指标名称错行",
    en: "merged-cell label drift",
  },
  scope: { sections: ["project", "goals"], touches: "the 一级 and 二级 label cells of an indicator table's rows" },
  apply: {
    sections: (sections, { log, frameworks }) => {
      for (const s of sections) repairIndicatorLabels(s, frameworkOf(frameworks, s), log);
    },
  },
};

function repairIndicatorLabels(section: Section, fw: Framework, log: RepairLog): void {
  const block = indicatorBlock(section);
  if (!block) return;
  const where = indicatorTableName(section);
  const rows = block.rows.slice(block.header + 1, block.end);
  if (rows.length === 0) return;

  readLevel2Labels(rows, fw, log, where);
  const level2 = carriedLevel2(rows, log.file, where);
  const level1 = decideLevel1(rows, level2, fw, log.file, where);
  const evidence = readLevel1Evidence(rows, level1, level2, fw, log.file, where);
  relabel(rows, level1, level2, evidence, log);
}

/** 二级 labels must be labels of the framework; an OCR slip of exactly one is that label. */
function readLevel2Labels(rows: SourceRow[], fw: Framework, log: RepairLog, where: string): void {
  for (const row of rows) {
    const cell = row.cells[1];
    if (!cell) continue;
    const w = squash(cell);
    if (fw.parentOf.has(w)) continue;
    if (fw.level1.includes(w)) throw new BuildError(log.file, row.line, "column-shift", `${where}: the 一级 label "${w}" is printed in the 二级 column`);
    const c = slipCandidates(w, fw.level2);
    if (c.length !== 1) {
      const why = c.length ? `it is as near to ${c.map((x) => `"${x}"`).join(" and ")}` : "it is not near any of them";
      throw new BuildError(log.file, row.line, "unknown-label", `${where}: 二级 label "${cell}" is not in seeds/indicator-framework.csv, and ${why}. If the template has this label, add a line "<table>,<一级>,${w}" there`);
    }
    log.record(row.line, "template-word", [cell], [c[0]!], `"${cell}" is an OCR slip of the template's 二级 label "${c[0]}" (edit distance ${editDistance(w, c[0]!, slipAllowance(c[0]!))}; no other 二级 label is that near)`, `“${cell}”是模板二级指标“${c[0]}”的识别错误（相差 ${editDistance(w, c[0]!, slipAllowance(c[0]!))} 个字，没有别的二级指标这样接近）`);
    row.cells[1] = c[0]!;
  }
}

/** Each row's 二级 group: printed once (merged cell) and carried down; null where a correction says the source prints none. */
function carriedLevel2(rows: SourceRow[], file: string, where: string): (string | null)[] {
  let current: string | null | undefined;
  return rows.map((row) => {
    const cell = row.cells[1];
    if (cell === null) current = null;
    else if (cell) current = squash(cell);
    if (current === undefined) throw new BuildError(file, row.line, "missing-label", `${where}: the first indicator row has no 二级 label`);
    return current;
  });
}

/** 一级 from the framework; rows without a 二级 group take the group of the rows around them when both agree. */
function decideLevel1(rows: SourceRow[], level2: (string | null)[], fw: Framework, file: string, where: string): string[] {
  const known = level2.map((l) => (l === null ? undefined : fw.parentOf.get(l)!));
  return known.map((l, i) => {
    if (l !== undefined) return l;
    const before = known.slice(0, i).findLast((x) => x !== undefined);
    const after = known.slice(i + 1).find((x) => x !== undefined);
    if (before === undefined || before !== after) {
      throw new BuildError(file, rows[i]!.line, "undecidable-label", `${where}: the row has no 二级 group, and the rows around it belong to ${before ?? "nothing"} and ${after ?? "nothing"}`);
    }
    return before;
  });
}

/** The printed 一级 labels, each checked against the groups it may stand for. */
function readLevel1Evidence(rows: SourceRow[], level1: string[], level2: (string | null)[], fw: Framework, file: string, where: string): Evidence[] {
  const evidence: Evidence[] = [];
  rows.forEach((row, i) => {
    const cell = row.cells[0];
    if (!cell) return;
    const w = squash(cell);
    if (fw.parentOf.has(w)) {
      if (w !== level2[i]) throw new BuildError(file, row.line, "label-conflict", `${where}: the 一级 column prints the 二级 label "${w}", but the row's 二级 group is "${level2[i]}"`);
      return;
    }
    // A label stands on a row of its group, or on the last row of the group before.
    const places = [...new Set([level1[i], level1[i + 1]].filter((x): x is string => !!x))];
    let label = w;
    let slip = false;
    if (!fw.level1.includes(w)) {
      const c = slipCandidates(w, fw.level1).filter((x) => places.includes(x));
      if (c.length !== 1) {
        throw new BuildError(file, row.line, "unknown-label", `${where}: "${cell}" in the 一级 column is no 一级 label of the template${c.length ? `, and it is as near to ${c.join(" and ")}` : ` nor near one that belongs here (${places.join(", ")})`}`);
      }
      label = c[0]!;
      slip = true;
    }
    if (!places.includes(label)) {
      throw new BuildError(file, row.line, "label-conflict", `${where}: 一级 label "${label}" is printed on a row of 二级 group "${level2[i]}", which the framework puts under "${level1[i]}", and no group of "${label}" begins on the next row`);
    }
    let start = i;
    while (level1[start] !== label) start++;
    while (start > 0 && level1[start - 1] === label) start--;
    evidence.push({ row: i, printed: cell, label, start, slip });
  });
  return evidence;
}

/** Prints each 一级 label on the first row of its group and nowhere else, recording every cell that changes. */
function relabel(rows: SourceRow[], level1: string[], level2: (string | null)[], evidence: Evidence[], log: RepairLog): void {
  const groupEnd = (start: number) => {
    let end = start;
    while (end + 1 < rows.length && level1[end + 1] === level1[start]) end++;
    return end;
  };
  const describe = (start: number) => {
    const end = groupEnd(start);
    const groups = [...new Set(level2.slice(start, end + 1).filter(Boolean))].join(", ");
    return `${level1[start]} (${groups}, lines ${rows[start]!.line}–${rows[end]!.line})`;
  };
  const describeZh = (start: number) => {
    const end = groupEnd(start);
    const groups = [...new Set(level2.slice(start, end + 1).filter(Boolean))].join("、");
    return `“${level1[start]}”（${groups}，第 ${rows[start]!.line}–${rows[end]!.line} 行）`;
  };
  const slipOfZh = (e: Evidence) => `“${e.printed}”是一级指标“${e.label}”的识别错误（相差 ${editDistance(squash(e.printed), e.label, slipAllowance(e.label))} 个字，这里只可能是这个一级指标）`;
  const slipOf = (e: Evidence) => `"${e.printed}" is an OCR slip of the 一级 label ${e.label} (edit distance ${editDistance(squash(e.printed), e.label, slipAllowance(e.label))}, the only 一级 label of this place)`;
  let start = 0;
  rows.forEach((row, i) => {
    if (i > 0 && level1[i] !== level1[i - 1]) start = i;
    const printed = row.cells[0];
    if (printed === null) return; // a correction says the source prints nothing here
    const was = squash(printed);
    const wanted = i === start ? level1[i]! : "";
    if (was === wanted) return;
    const repeated = was !== "" && was === level2[i];
    const own = evidence.find((e) => e.row === i);
    let rule: "label-drift" | "template-word" = own?.slip ? "template-word" : "label-drift";
    let reason: string;
    let reasonZh: string;
    if (i === start) {
      const ev = evidence.filter((e) => e.start === start && e.row !== i);
      const seen = ev.length
        ? `its label is printed at line ${ev.map((e) => `${rows[e.row]!.line}${e.slip ? ` (as "${e.printed}")` : ""}`).join(", ")}`
        : `its label is not printed here; the framework puts 二级 ${level2[i]} under ${level1[i]}`;
      reason = `${repeated ? `the 一级 column repeats the 二级 label ${was}; ` : own?.slip ? `${slipOf(own)}; ` : ""}the 一级 group ${describe(start)} begins on this row; ${seen}`;
      const seenZh = ev.length
        ? `它的名称印在第 ${ev.map((e) => `${rows[e.row]!.line} 行${e.slip ? `（印作“${e.printed}”）` : ""}`).join("、")}`
        : `这里没有印名称；按模板指标体系，二级指标“${level2[i]}”属于“${level1[i]}”`;
      reasonZh = `${repeated ? `一级指标栏重复印了二级指标“${was}”；` : own?.slip ? `${slipOfZh(own)}；` : ""}一级指标${describeZh(start)}从这一行开始；${seenZh}`;
      if (!own?.slip) rule = "label-drift";
    } else if (repeated) {
      reason = `the 一级 column repeats the 二级 label ${was}, which the framework puts under the 一级 group ${describe(start)}; it is no 一级 label`;
      reasonZh = `一级指标栏重复印了二级指标“${was}”，按模板指标体系它属于一级指标${describeZh(start)}，不是一级指标`;
    } else {
      const e = own!;
      const before = e.start > i ? `is printed on the last row of the group before (二级 ${level2[i]} belongs to ${level1[i]}); it ` : "";
      reason = `${e.slip ? `${slipOf(e)}; ` : ""}the 一级 label ${e.label} ${before}is published on the first row of its group ${describe(e.start)}`;
      const beforeZh = e.start > i ? `印在了上一组的最后一行（二级指标“${level2[i]}”属于“${level1[i]}”），` : "";
      reasonZh = `${e.slip ? `${slipOfZh(e)}；` : ""}一级指标“${e.label}”${beforeZh}发布时放在它这一组${describeZh(e.start)}的第一行`;
    }
    log.record(row.line, rule, [printed], [wanted], reason, reasonZh);
    row.cells[0] = wanted;
  });
}
