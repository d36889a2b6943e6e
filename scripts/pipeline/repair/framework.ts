/**
 * The indicator framework of the template: which 二级 group belongs to which 一级 group, in
 * the order every sheet prints them, for the project sheets and for the 整体绩效目标表.
 * A fact of the template, kept as data in seeds/indicator-framework.csv.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BuildError } from "../errors";
import { readRegularFile } from "../regular-file";

export const FRAMEWORK_FILE = "indicator-framework.csv";
export type FrameworkTable = "project" | "department";

export interface Framework {
  /** 一级 labels in template order. */
  level1: string[];
  /** 二级 labels in template order. */
  level2: string[];
  parentOf: Map<string, string>;
}

export type Frameworks = Record<FrameworkTable, Framework>;

export function loadFrameworks(seedsDir: string): Frameworks {
  const path = join(seedsDir, FRAMEWORK_FILE);
  if (!existsSync(path)) throw new BuildError(FRAMEWORK_FILE, null, "framework", `seeds/${FRAMEWORK_FILE} is missing: the build needs the template's indicator framework (table,level1,level2)`);
  const lines = readRegularFile(path, FRAMEWORK_FILE).toString("utf8").replace(/^\ufeff/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "table,level1,level2") throw new BuildError(FRAMEWORK_FILE, 1, "framework", `expected the header "table,level1,level2", found "${lines[0]}"`);
  const out: Frameworks = { project: empty(), department: empty() };
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const line = i + 2;
    const [table, level1, level2, ...rest] = text.split(",").map((c) => c.trim());
    if (rest.length || !level1 || !level2) throw new BuildError(FRAMEWORK_FILE, line, "framework", `expected table,level1,level2, found "${text}"`);
    if (table !== "project" && table !== "department") throw new BuildError(FRAMEWORK_FILE, line, "framework", `unknown table "${table}" (project or department)`);
    const f = out[table];
    if (f.parentOf.has(level2)) throw new BuildError(FRAMEWORK_FILE, line, "framework", `二级 label "${level2}" listed twice for ${table}`);
    if (f.level1.includes(level1) && f.level1.at(-1) !== level1) throw new BuildError(FRAMEWORK_FILE, line, "framework", `the 二级 labels of "${level1}" must be listed together, in template order`);
    if (!f.level1.includes(level1)) f.level1.push(level1);
    f.level2.push(level2);
    f.parentOf.set(level2, level1);
  });
  for (const [table, f] of Object.entries(out)) {
    if (f.level2.length === 0) throw new BuildError(FRAMEWORK_FILE, null, "framework", `no rows for the ${table} table`);
  }
  return out;
}

function empty(): Framework {
  return { level1: [], level2: [], parentOf: new Map() };
}
