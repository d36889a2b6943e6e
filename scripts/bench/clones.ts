/**
 * N copies of the real dataset under new ids, versions and department names: the documents
 * the scale benchmarks serve beyond what the build can hold in one JSON string. Rows are
 * shared between the copies (they are never mutated), so 1,000 cost little memory.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Bundle } from "../../src/schema/bundle";

const ROOT = resolve(import.meta.dirname, "../..");

export function clonedBundle(n: number): Bundle {
  const real = (JSON.parse(readFileSync(join(ROOT, "data", "datasets.json"), "utf8")) as Bundle).datasets[0]!;
  const datasets = Array.from({ length: n }, (_, i) => {
    const id = `${real.meta.year}-${(0x10000000 + i).toString(16)}`;
    const department = `合成示范区第${i + 1}号委员会`;
    return { ...real, meta: { ...real.meta, id, department, title_zh: real.meta.title_zh.replace(real.meta.department, department), version: `${real.meta.version.slice(0, 8)}${i.toString(16).padStart(8, "0")}` } };
  });
  return { format: 1, datasets };
}
