/**
 * When the build stops on something only a person can decide, the maintainer gets a
 * ready-to-paste entry for seeds/corrections.json: the line's cells as printed, the same
 * cells as the published side to edit, and a reason to write (the build refuses a reason
 * left as TODO).
 */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Correction } from "../../src/schema/dataset";
import type { BuildError } from "./errors";
import { splitCells } from "./source-rows";

/** Rules whose failures a correction can settle, and the kind of correction each calls for. */
const KIND_FOR_RULE: Record<string, Correction["kind"]> = {
  "column-shift": "column-shift",
  "unrecognised-layout": "column-shift",
  "missing-label": "missing-label",
  "unknown-label": "ocr-slip",
  "label-conflict": "misplaced-label",
  "undecidable-label": "misplaced-label",
  "stray-value": "stray-value",
  amount: "column-shift",
  date: "column-shift",
  structure: "misplaced-label",
  reconcile: "column-shift",
};

export const TODO_REASON = "TODO: what the source means on this line, and why (a reader checks it against the printed cells)";

export function suggestCorrection(seedsDir: string, err: BuildError): string | null {
  const kind = KIND_FOR_RULE[err.rule];
  if (!kind || err.line === null || !err.file.endsWith(".txt")) return null;
  const path = join(seedsDir, err.file);
  if (!existsSync(path) || !lstatSync(path).isFile()) return null;
  const text = readFileSync(path, "utf8").replace(/^\ufeff/, "").split(/\r?\n/)[err.line - 1];
  if (text === undefined || text.trim() === "") return null;
  const printed = splitCells(text);
  const entry = { file: err.file, line: err.line, at: 0, printed, published: printed, kind, reason: TODO_REASON };
  return JSON.stringify(entry);
}
