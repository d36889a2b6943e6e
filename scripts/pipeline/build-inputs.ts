/**
 * What a build reads from the seeds folder besides the documents' text: the list of seed
 * documents, the manual corrections, the sources' manifest, and the template's reference
 * files (classification lists, indicator framework), with the hash that stands for them all.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { correctionsFileSchema, type Correction } from "../../src/schema/dataset";
import { BuildError } from "./errors";
import { assertRegularFile, readRegularFile } from "./regular-file";

export const CORRECTIONS = "corrections.json";
export const MANIFEST = "manifest.json";
// A source's URL is published as a link (pages, data package): a web address, never javascript: or data:.
const sourceUrl = z.url({ protocol: /^https?$/, error: "must be an https: or http: URL" }).regex(/^https?:\/\/\S+$/i, { error: "must be an https: or http: URL" });
const manifestSchema = z.record(z.string(), z.object({ url: sourceUrl.optional(), licence: z.string().optional() }).strict());
export type SourceManifest = z.infer<typeof manifestSchema>;

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

export interface BuildInputs {
  files: string[];
  corrections: Correction[];
  manifest: SourceManifest;
  /** SHA-256 of the reference files (every file of the folder that is neither a document, the corrections nor the manifest). */
  reference: string;
}

/** The folder's inputs, checked: at least one document, and no correction naming a document that is not there. */
export function readInputs(seedsDir: string): BuildInputs {
  const corrections: Correction[] = readJson(seedsDir, CORRECTIONS, correctionsFileSchema, { corrections: [] }).corrections;
  const manifest = readJson(seedsDir, MANIFEST, manifestSchema, {});
  const files = seedDocuments(seedsDir);
  if (files.length === 0) throw new BuildError(seedsDir, null, "no-seeds", "no seed document (*.txt) found");
  const present = new Set(files);
  for (const c of corrections) {
    if (!present.has(c.file)) throw new BuildError(CORRECTIONS, null, "correction-mismatch", `a correction names ${c.file}, which is not in seeds/`);
  }
  const hash = createHash("sha256");
  for (const f of readdirSync(seedsDir).sort()) {
    if (f.endsWith(".txt") || f === CORRECTIONS || f === MANIFEST || f.startsWith(".")) continue;
    hash.update(f).update("\u0000").update(readRegularFile(join(seedsDir, f), f)).update("\u0000");
  }
  return { files, corrections, manifest, reference: hash.digest("hex") };
}
