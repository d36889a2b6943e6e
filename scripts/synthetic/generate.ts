/**
 * npm run synthetic -- N OUT — writes N synthetic disclosures made from the first real seed
 * into OUT/seeds/: a new department name and unit code each, and every printed amount
 * multiplied by a whole factor, so each reconciliation identity still holds exactly.
 * Used to measure how the build and the API scale with the number of documents.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { correctionsFileSchema } from "../../src/schema/dataset";
import { parseAmount } from "../../src/lib/money";
import { seedDocuments } from "../pipeline/build-all";

const AMOUNT_CELL = /^[\d,]+\.\d{1,2}(万元)?$/;
const UNIT_LINE = /^单位\s*[：:]\s*(.+)$/m;

/** A printed amount times k, printed with the same number of decimals (no thousands commas). */
export function scaleAmount(cell: string, k: number): string {
  if (!AMOUNT_CELL.test(cell)) return cell;
  const suffix = cell.endsWith("万元") ? "万元" : "";
  const decimals = cell.replace(suffix, "").split(".")[1]!.length;
  const cents = parseAmount(cell, suffix)! * k;
  const whole = Math.floor(cents / 100);
  const frac = String(cents % 100).padStart(2, "0").slice(0, decimals);
  return `${whole}.${frac}${suffix}`;
}

function scaleCell(cell: string, k: number): string {
  const scaled = scaleAmount(cell.trim(), k);
  return scaled === cell.trim() ? cell : scaled;
}

export function synthesize(seedsDir: string, outSeeds: string, n: number): string[] {
  const source = seedDocuments(seedsDir)[0];
  if (!source) throw new Error(`no seed document in ${seedsDir}`);
  const text = readFileSync(join(seedsDir, source), "utf8");
  const department = UNIT_LINE.exec(text)?.[1];
  if (!department) throw new Error(`${source}: no "单位：" line naming the department`);
  const unitCode = /\n\d{3}\t\d{2}\t\d{2}\t(\d{3})\t/.exec(text)?.[1] ?? "017";
  const { corrections } = correctionsFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, "corrections.json"), "utf8")));
  mkdirSync(outSeeds, { recursive: true });
  for (const f of readdirSync(seedsDir)) if (f.startsWith("functional-classification-") || f === "indicator-framework.csv") copyFileSync(join(seedsDir, f), join(outSeeds, f));
  const files: string[] = [];
  const out = [];
  for (let i = 1; i <= n; i++) {
    const k = 1 + (i % 9);
    const name = `合成示范区第${i}号委员会`;
    const code = String(100 + (i % 900)).padStart(3, "0");
    const file = `s${String(i).padStart(5, "0")}_synthetic.txt`;
    const scaled = text
      .split("\n")
      .map((line) => line.split("\t").map((c) => scaleCell(c, k)).join("\t"))
      .join("\n")
      .replaceAll(department, name)
      .replace(new RegExp(`\\t${unitCode}\\t`, "g"), `\t${code}\t`)
      .replace(new RegExp(`\\t${unitCode}(\\d{6})`, "g"), `\t${code}$1`);
    writeFileSync(join(outSeeds, file), scaled);
    files.push(file);
    for (const c of corrections.filter((c) => c.file === source)) {
      out.push({ ...c, file, printed: c.printed.map((p) => scaleAmount(p, k)) });
    }
  }
  writeFileSync(join(outSeeds, "corrections.json"), JSON.stringify({ corrections: out }));
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? "10");
  const out = resolve(process.argv[3] ?? `synthetic-${n}`);
  const files = synthesize(resolve(import.meta.dirname, "../../seeds"), join(out, "seeds"), n);
  console.log(`wrote ${files.length} synthetic disclosures to ${join(out, "seeds")}; build them with: npx tsx scripts/build-data.ts ${join(out, "seeds")} ${join(out, "data", "datasets.json")}`);
}
