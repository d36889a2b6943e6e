/**
 * Structure checks: identities of the template that are not arithmetic. Each sheet prints
 * the framework's groups in the framework's order, each 二级 label sits under one 一级 label
 * (the framework's), no label outside the template's vocabulary is published, and every
 * field of a project sheet is printed once. A mislabelled row breaks one of them, so it
 * fails the build instead of being published under the wrong label.
 * Both sides of a structure check count problems: expected 0, actual how many were found.
 */
import type { Check } from "../../../src/schema/dataset";
import type { SheetStructure } from "../parse/document";
import type { Frameworks } from "../repair/framework";
import { PROJECT_FIELDS } from "../template";

export interface Problem {
  line: number;
  message: string;
}

export interface StructureCheck {
  check: Check;
  problems: Problem[];
}

function result(id: string, description: string, problems: Problem[], lines: number[]): StructureCheck {
  const all = [...new Set([...lines, ...problems.map((p) => p.line)])].sort((a, b) => a - b);
  return { check: { id, kind: "structure", description, expected: 0, actual: problems.length, pass: problems.length === 0, lines: all }, problems };
}

export function checkStructure(sheets: SheetStructure[], frameworks: Frameworks): StructureCheck[] {
  const out: StructureCheck[] = [];
  for (const table of ["project", "department"] as const) {
    const fw = frameworks[table];
    const of = sheets.filter((s) => s.framework === table);
    const rows = of.flatMap((s) => s.levels);
    const name = table === "project" ? "project sheets" : "整体绩效目标表";

    const vocabulary: Problem[] = rows.flatMap((r) => [
      ...(r.level1 !== null && !fw.level1.includes(r.level1) ? [{ line: r.line, message: `一级 label "${r.level1}" is not in the template's framework` }] : []),
      ...(r.level2 !== null && !fw.parentOf.has(r.level2) ? [{ line: r.line, message: `二级 label "${r.level2}" is not in the template's framework` }] : []),
    ]);
    out.push(result(`structure.${table}.vocabulary`, `every 一级 and 二级 label of the ${name} is a label of the template's framework`, vocabulary, []));

    const parents = new Map<string, Set<string>>();
    for (const r of rows) if (r.level2 !== null && r.level1 !== null) parents.set(r.level2, (parents.get(r.level2) ?? new Set()).add(r.level1));
    const parentProblems: Problem[] = rows.flatMap((r) => {
      if (r.level2 === null || r.level1 === null) return [];
      const set = parents.get(r.level2)!;
      const expected = fw.parentOf.get(r.level2);
      if (set.size > 1) return [{ line: r.line, message: `二级 label "${r.level2}" stands under ${[...set].join(" and ")} in this document` }];
      if (expected !== undefined && r.level1 !== expected) return [{ line: r.line, message: `二级 label "${r.level2}" stands under "${r.level1}"; the framework puts it under "${expected}"` }];
      return [];
    });
    out.push(result(`structure.${table}.one-parent`, `in the ${name}, each 二级 label belongs to exactly one 一级 label, the framework's`, parentProblems, []));

    for (const sheet of of) {
      out.push(result(`structure.${sheet.id}.order`, `${sheet.name}: the 一级 groups of the template, each once and in the template's order, and their 二级 groups in order`, orderProblems(sheet, fw.level1, fw.level2), [sheet.line]));
      if (sheet.fieldCounts) out.push(result(`structure.${sheet.id}.fields`, `${sheet.name}: every field of the template's project sheet printed once`, fieldProblems(sheet), [sheet.line]));
    }
  }
  return out;
}

function orderProblems(sheet: SheetStructure, level1: string[], level2: string[]): Problem[] {
  const problems: Problem[] = [];
  const runs: { label: string; line: number; printed: number[] }[] = [];
  for (const r of sheet.levels) {
    if (r.level2 !== null && runs.at(-1)?.label !== r.level2) runs.push({ label: r.level2, line: r.line, printed: [] });
    if (r.printsLevel2 && r.level2 !== null) runs.at(-1)!.printed.push(r.line);
  }
  // A merged cell prints its label once: the same label on two rows of one group is two groups under one name.
  for (const run of runs) {
    if (run.printed.length > 1) problems.push({ line: run.printed[1]!, message: `二级 label "${run.label}" is printed on lines ${run.printed.join(" and ")} of one group` });
  }
  let last = -1;
  for (const run of runs) {
    const at = level2.indexOf(run.label);
    if (at <= last) problems.push({ line: run.line, message: `二级 group "${run.label}" ${at === last ? "is printed twice" : "comes after a later group of the template"}` });
    last = Math.max(last, at);
  }
  const groups: string[] = [];
  for (const r of sheet.levels) if (r.level1 !== null && groups.at(-1) !== r.level1) groups.push(r.level1);
  if (groups.join("|") !== level1.join("|")) {
    problems.push({ line: sheet.levels[0]?.line ?? sheet.line, message: `the 一级 groups read ${groups.join(" → ") || "nothing"}, the template has ${level1.join(" → ")}` });
  }
  return problems;
}

function fieldProblems(sheet: SheetStructure): Problem[] {
  return Object.keys(PROJECT_FIELDS).flatMap((label) => {
    const n = sheet.fieldCounts!.get(label) ?? 0;
    return n === 1 ? [] : [{ line: sheet.line, message: `field ${label} is printed ${n} times` }];
  });
}
