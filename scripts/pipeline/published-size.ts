/**
 * The cap on what one dataset publishes. Input limits (read-seed.ts) bound each line and cell,
 * but a cell can be repeated into many rows and tables (a project's name on each of its
 * indicators); the Worker parses a dataset's tables whole, in an isolate of 128 MB, so the
 * rows' JSON is capped too. The real dataset publishes 0.5 MiB.
 */
import { BuildError } from "./errors";
import type { TablesJson } from "./published-json";

export const MAX_DATASET_BYTES = 8 * 1024 * 1024;

const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Refuses a dataset whose tables' JSON (published-json.ts) passes MAX_DATASET_BYTES, naming its largest table and where it starts. */
export function refuseOversized(file: string, tables: TablesJson, linesOf: (table: string) => [number, number] | null, max = MAX_DATASET_BYTES): void {
  let total = 0;
  let largest: [string, number] = ["", -1];
  for (const [id, json] of Object.entries(tables)) {
    const bytes = json.bytes.length;
    total += bytes;
    if (bytes > largest[1]) largest = [id, bytes];
  }
  if (total <= max) return;
  const [id, bytes] = largest;
  const lines = linesOf(id);
  throw new BuildError(file, lines?.[0] ?? null, "too-large", `the dataset would publish ${MiB(total)} of rows (at most ${MiB(max)}); its largest table is ${id}, ${MiB(bytes)}${lines ? ` (lines ${lines[0]}–${lines[1]})` : ""}`);
}
