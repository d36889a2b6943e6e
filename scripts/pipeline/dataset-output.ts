/**
 * One dataset's output as the streaming build keeps it: its objects' bodies in the cache, and a
 * small summary (what the catalogue, the sums and the search index need of it) that the merge
 * reads instead of the dataset. Nothing here depends on the dataset's final id, which the
 * merge decides (dataset-id.ts): object keys are kept relative to the dataset's folder.
 */
import { catalogEntry } from "../../src/data/catalog-file";
import { datasetPrefix } from "../../src/data/r2-layout";
import type { CatalogEntry } from "../../src/data/store";
import { isDigest, type Digest } from "../../src/lib/checksum";
import { SUM_FAMILIES, type SumRow } from "../../src/query/fact-sums";
import type { BuildReport, DatasetBundle } from "../../src/schema/bundle";
import type { DatasetMeta } from "../../src/schema/dataset";
import { TABLES } from "../../src/schema/tables";
import { buildPostings } from "../../src/search/postings";
import type { BuildCache } from "./build-cache";
import { groupedPostingsFile, isPostingGroups, type PostingGroups } from "./postings-groups";
import type { DatasetJson } from "./published-json";
import { datasetObjects, contentsObject, postingsBytes, sumsOfFacts } from "./r2-objects";

export interface DatasetSummary {
  format: 3;
  file: string;
  /** The catalogue entry, with the id before the merge lengthens a colliding one. */
  entry: CatalogEntry;
  /** Blobs of the whole metadata and of the build report (for the bundle and the log). */
  meta: Digest;
  report: Digest;
  /** The dataset's objects, keyed after `v1/datasets/<id>/<version>/`, in publishing order (its contents object last). */
  objects: [string, Digest][];
  /** Its facts summed by each family (SUM_FAMILIES). */
  sums: Record<string, SumRow[]>;
  /** Its posting lists, numbered from its own first searchable row and grouped for the merge (postings-groups.ts), where each group is, and their words (the index's size). */
  postings: Digest;
  postingGroups: PostingGroups;
  postingWords: number;
}

export const isDatasetSummary = (v: unknown): v is DatasetSummary => {
  const s = v as DatasetSummary;
  return typeof v === "object" && v !== null && s.format === 3 && typeof s.file === "string" && typeof s.entry?.id === "string" && isDigest(s.meta) && isDigest(s.report) && isDigest(s.postings) && isPostingGroups(s.postingGroups) && typeof s.postingWords === "number" && Array.isArray(s.objects) && typeof s.sums === "object";
};

/** Writes a built dataset's bodies to the cache and returns its summary (`json`: its tables' and checks' JSON, when the build has made it). */
export function datasetOutput(d: DatasetBundle, cache: BuildCache, json?: DatasetJson): DatasetSummary {
  const prefix = datasetPrefix(d.meta.id, d.meta.version);
  const put = ([key, body]: readonly [string, string | Uint8Array]): [string, Digest] => {
    if (!key.startsWith(prefix)) throw new Error(`object ${key} outside ${prefix}`);
    return [key.slice(prefix.length), cache.putBlob(body)];
  };
  const objects = datasetObjects({ ...d, json }).map(put);
  objects.push(put(contentsObject(d.meta, objects)));
  const facts = d.tables[TABLES.facts.id] ?? [];
  const postings = buildPostings([(table: string) => d.tables[table] ?? []]);
  const grouped = groupedPostingsFile(postings);
  return {
    format: 3,
    file: d.meta.source.file,
    entry: catalogEntry(d.meta),
    meta: cache.putBlob(JSON.stringify(d.meta)),
    report: cache.putBlob(JSON.stringify(d.report)),
    objects,
    sums: Object.fromEntries(SUM_FAMILIES.map((f) => [f.name, sumsOfFacts(facts, f.name)])),
    postings: cache.putBlob(grouped.bytes),
    postingGroups: grouped.groups,
    postingWords: postingsBytes(postings.values()) / 4,
  };
}

/** The build report's lines for the log (what npm run build:data prints of each dataset). */
export function reportLines(report: BuildReport, meta: Pick<DatasetMeta, "department" | "year" | "source">, id: string): string[] {
  const cov = report.amount_coverage;
  const nums = report.printed_numbers;
  const rules = Object.entries(report.repairs_by_rule).map(([k, n]) => `${k} ${n}`).join(", ");
  const classified = Object.entries(nums.classified).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(", ");
  return [
    `${meta.source.file} → dataset ${id} (${meta.department}, ${meta.year}), version ${report.version}`,
    `  tables: ${report.tables.map((t) => `${t.id} ${t.row_count}`).join(", ")}`,
    `  changes to the source: ${report.corrections_applied} (${report.corrections_manual} by manual correction, ${report.corrections_applied - report.corrections_manual} by rule: ${rules || "none"})`,
    `  lines: ${Object.entries(report.line_roles).map(([k, n]) => `${k} ${n}`).join(", ")} (0 unread)`,
    `  numbers printed: ${nums.printed} (read from the raw text): ${nums.published} published as amounts, ${nums.printed - nums.published} classified (${classified})`,
    `  amounts: ${cov.amounts} published, ${cov.covered} covered by a check, ${cov.stated_once.length} stated only once (listed in the report with the reason)`,
    `  checks: ${report.checks.passed}/${report.checks.total} pass (${Object.entries(report.checks.by_kind).map(([k, n]) => `${k} ${n}`).join(", ")})`,
    ...report.notes.map((n) => `  note: ${n}`),
  ];
}
