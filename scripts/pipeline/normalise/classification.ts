/**
 * Official names of the functional classification (类/款/项), from the reference list
 * copied into seeds/. The document prints 项 names (sometimes with a suffix) and some 类
 * names in its own wording; the official names are added beside them, never over them.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TABLES } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import { readRegularFile } from "../regular-file";
import type { ParsedTable, Row } from "../model";

export interface ClassificationEntry {
  code: string;
  level: "类" | "款" | "项";
  name: string;
  parent: string | null;
  line: number;
}

export interface ClassificationList {
  file: string;
  year: number;
  entries: Map<string, ClassificationEntry>;
}

const FILE = /^functional-classification-(\d{4})\.csv$/;

/** The list for the document's year, or the newest earlier one (codes change rarely; the report says which was used). */
export function loadClassification(seedsDir: string, year: number): ClassificationList | null {
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => FILE.test(f)) : [];
  const candidates = files.map((f) => ({ f, y: Number(FILE.exec(f)![1]) })).filter((c) => c.y <= year).sort((a, b) => b.y - a.y);
  const pick = candidates[0] ?? files.map((f) => ({ f, y: Number(FILE.exec(f)![1]) })).sort((a, b) => a.y - b.y)[0];
  if (!pick) return null;
  const lines = readRegularFile(join(seedsDir, pick.f), pick.f).toString("utf8").replace(/^\ufeff/, "").split(/\r?\n/).filter(Boolean);
  if (lines[0] !== "code,level,name,parent") throw new BuildError(pick.f, 1, "unrecognised-layout", 'expected the header "code,level,name,parent"');
  const entries = new Map<string, ClassificationEntry>();
  lines.slice(1).forEach((line, i) => {
    const [code = "", level = "", name = "", parent = ""] = line.split(",");
    if (!/^\d{3}(\d{2}){0,2}$/.test(code) || !["类", "款", "项"].includes(level) || !name) {
      throw new BuildError(pick.f, i + 2, "classification-list", `"${line}" is not code,level,name,parent`);
    }
    entries.set(code, { code, level: level as ClassificationEntry["level"], name, parent: parent || null, line: i + 2 });
  });
  return { file: pick.f, year: pick.y, entries };
}

/** Adds official 类/款 names to coded and class rows; returns the classifications table and naming notes. */
export function applyClassification(list: ClassificationList | null, tables: Map<string, ParsedTable>, file: string): { table: ParsedTable; notes: string[] } {
  const notes: string[] = [];
  const name = (code: string) => list?.entries.get(code)?.name ?? null;
  const printed = new Map<string, { name: string; line: number }>();
  for (const t of tables.values()) {
    for (const r of t.rows) {
      if (t.def.columns.some((c) => c.name === "section_name") && r.row_kind === "item") {
        const code = String(r.code);
        r.class_name = name(code.slice(0, 3));
        r.section_name = name(code.slice(0, 5));
        if (!printed.has(code)) printed.set(code, { name: String(r.name), line: r.source_line });
      }
      if (t.def.id === "fiscal-summary-expenditure" && r.row_kind === "item") {
        const code = String(r.class_code);
        r.class_name = name(code);
        const wording = String(r.item).replace(/^[一二三四五六七八九十]+、/, "");
        if (r.total !== null && !printed.has(code)) printed.set(code, { name: wording, line: r.source_line });
      }
    }
  }
  const codes = new Set<string>();
  for (const code of printed.keys()) {
    codes.add(code.slice(0, 3));
    if (code.length === 7) codes.add(code.slice(0, 5)).add(code);
  }
  const rows: Row[] = [...codes].sort().map((code) => {
    const official = list?.entries.get(code);
    const doc = printed.get(code);
    if (!official) notes.push(`${file}:${doc?.line ?? "-"}: code ${code} is not in the classification list${list ? ` ${list.file}` : ""}`);
    else if (doc && official.name !== doc.name) notes.push(`${file}:${doc.line}: code ${code} is printed as "${doc.name}", the official name is "${official.name}"`);
    // Provenance: the line of the reference list, or the seed line for a code the list lacks.
    return {
      id: code,
      source_file: official ? list!.file : file,
      source_line: official?.line ?? doc?.line ?? 0,
      code,
      level: code.length === 3 ? "类" : code.length === 5 ? "款" : "项",
      name: official?.name ?? null,
      name_in_document: doc?.name ?? null,
      parent: code.length === 3 ? null : code.slice(0, code.length - 2),
    };
  });
  return { table: { def: TABLES.classifications, rows, note: list ? `Official names from ${list.file}.` : "No classification list in seeds/.", sourceTitle: null, lines: null }, notes };
}
