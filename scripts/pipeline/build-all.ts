/** Builds every seed document of a folder into one bundle in memory (tests, the simulator); any error in any seed stops it. npm run build:data streams instead (build-stream.ts). */
export { seedDocuments } from "./build-inputs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Bundle } from "../../src/schema/bundle";
import { buildDataset } from "./build-dataset";
import { readInputs } from "./build-inputs";
import { assignIds, sameIdentity } from "./dataset-id";
import { BuildError } from "./errors";
import { readSeedBytes } from "./read-seed";
import { loadFrameworks } from "./repair/framework";

export function buildAll(seedsDir: string): Bundle {
  const { files, corrections, manifest } = readInputs(seedsDir);
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
