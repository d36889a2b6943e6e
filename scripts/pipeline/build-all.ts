/** Builds every seed document of a folder into one bundle; any error in any seed stops it. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Bundle } from "../../src/schema/bundle";
import { correctionsFileSchema, type Correction } from "../../src/schema/dataset";
import { buildDataset } from "./build-dataset";
import { assignIds, sameIdentity } from "./dataset-id";
import { BuildError } from "./errors";
import { readSeedBytes } from "./read-seed";
import { assertRegularFile, readRegularFile } from "./regular-file";
import { loadFrameworks } from "./repair/framework";

const CORRECTIONS = "corrections.json";
const MANIFEST = "manifest.json";
// A source's URL is published as a link (pages, data package): a web address, never javascript: or data:.
const sourceUrl = z.url({ protocol: /^https?$/, error: "must be an https: or http: URL" }).regex(/^https?:\/\/\S+$/i, { error: "must be an https: or http: URL" });
const manifestSchema = z.record(z.string(), z.object({ url: sourceUrl.optional(), licence: z.string().optional() }).strict());

/** A seed document is any .txt in seeds/, which must be a regular file; the other files there are the build's own inputs. */
export function seedDocuments(seedsDir: string): string[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();
  for (const f of files) assertRegularFile(join(seedsDir, f), f);
  return files;
}

function readJson<T>(seedsDir: string, file: string, schema: z.ZodType<T>, fallback: T): T {
  const path = join(seedsDir, file);
  if (!existsSync(path)) return fallback;
  let data: unknown;
  try {
    data = JSON.parse(readRegularFile(path, file).toString("utf8"));
  } catch (e) {
    throw new BuildError(file, null, "json", (e as Error).message);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const index = issue.path[1];
    throw new BuildError(file, null, "schema", `${issue.path.join(".")}: ${issue.message}${typeof index === "number" ? ` (entry ${index + 1})` : ""}`);
  }
  return parsed.data;
}

export function buildAll(seedsDir: string): Bundle {
  const corrections: Correction[] = readJson(seedsDir, CORRECTIONS, correctionsFileSchema, { corrections: [] }).corrections;
  const manifest = readJson(seedsDir, MANIFEST, manifestSchema, {});
  const files = seedDocuments(seedsDir);
  if (files.length === 0) throw new BuildError(seedsDir, null, "no-seeds", "no seed document (*.txt) found");
  for (const c of corrections) {
    if (!files.includes(c.file)) throw new BuildError(CORRECTIONS, null, "correction-mismatch", `a correction names ${c.file}, which is not in seeds/`);
  }
  const seen = new Map<string, string>();
  for (const f of files) {
    const sha = createHash("sha256").update(readSeedBytes(join(seedsDir, f), f)).digest("hex");
    if (seen.has(sha)) throw new BuildError(f, null, "duplicate-document", `identical to ${seen.get(sha)}`);
    seen.set(sha, f);
  }
  const frameworks = loadFrameworks(seedsDir);
  const datasets = files.map((f) => buildDataset(join(seedsDir, f), { seedsDir, corrections, frameworks, manifest: manifest[f] }));
  // Only the same department (its name in NFC), year and kind is one dataset twice; distinct ones whose ids collide get longer ids.
  for (let i = 0; i < datasets.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [datasets[j]!.meta, datasets[i]!.meta];
      if (sameIdentity(a, b)) throw new BuildError(b.source.file, null, "duplicate-document", `same department, year and kind as ${a.source.file} (${a.department}, ${a.year}, ${a.kind})`);
    }
  }
  const ids = assignIds(datasets.map((d) => d.meta));
  return { format: 1, datasets: datasets.map((d, i) => (d.meta.id === ids[i] ? d : { ...d, meta: { ...d.meta, id: ids[i]! }, report: { ...d.report, dataset: ids[i]! } })) };
}
