/**
 * Official names of the economic classification (类 3 digits, 款 5 digits), from
 * seeds/economic-classification.csv, added beside the names the economic tables print. A
 * printed name that differs, or a code the list lacks, is a note of the build report: 款 names
 * change between years, and a person decides whether the list needs a line.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BuildError } from "../errors";
import type { ParsedTable } from "../model";
import { readRegularFile } from "../regular-file";

const FILE = "economic-classification.csv";
/** The tables keyed by economic classification code. */
export const ECONOMIC_TABLES: readonly string[] = ["general-budget-basic-expenditure", "economic-classification-summary"];

export function loadEconomicClassification(seedsDir: string): Map<string, string> | null {
  const path = join(seedsDir, FILE);
  if (!existsSync(path)) return null;
  const lines = readRegularFile(path, FILE).toString("utf8").replace(/^\ufeff/, "").split(/\r?\n/).filter(Boolean);
  if (lines[0] !== "code,level,name,parent") throw new BuildError(FILE, 1, "unrecognised-layout", 'expected the header "code,level,name,parent"');
  const names = new Map<string, string>();
  lines.slice(1).forEach((line, i) => {
    const [code = "", level = "", name = ""] = line.split(",");
    if (!/^\d{3}(\d{2})?$/.test(code) || level !== (code.length === 3 ? "类" : "款") || !name) throw new BuildError(FILE, i + 2, "classification-list", `"${line}" is not code,level,name,parent of a 类 (3 digits) or 款 (5)`);
    names.set(code, name);
  });
  return names;
}

/** Sets official_name and class_name on the code rows of the economic tables; returns the notes. */
export function applyEconomicNames(names: Map<string, string> | null, tables: Map<string, ParsedTable>, file: string): string[] {
  const notes: string[] = [];
  const noted = new Set<string>();
  for (const id of ECONOMIC_TABLES) {
    for (const r of tables.get(id)?.rows ?? []) {
      if (typeof r.code !== "string") continue;
      r.official_name = names?.get(r.code) ?? null;
      r.class_name = names?.get(r.code.slice(0, 3)) ?? null;
      if (noted.has(r.code)) continue;
      noted.add(r.code);
      if (!names) notes.push(`${file}:${r.source_line}: no ${FILE} in seeds/, so economic code ${r.code} has no official name`);
      else if (!r.official_name) notes.push(`${file}:${r.source_line}: economic code ${r.code} is not in ${FILE}`);
      else if (r.official_name !== r.name) notes.push(`${file}:${r.source_line}: economic code ${r.code} is printed as "${r.name}", the official name is "${r.official_name}"`);
    }
  }
  return notes;
}
