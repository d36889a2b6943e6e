import { catalogDigests, catalogEntries, catalogFile, type CatalogFile } from "../../src/data/catalog-file";
import { datasetMetaOf, type DatasetContents } from "../../src/data/dataset-contents";
import { contentsKey } from "../../src/data/r2-layout";
import { catalogFileOf, objectDigests } from "../../scripts/pipeline/object-digests";
import { r2Objects } from "../../scripts/pipeline/r2-objects";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import type { Bundle } from "../../src/schema/bundle";
import { DATA_FILE } from "./seed-fixtures";

it("ships the same data three ways: datasets.json, its gzip for the Worker, and the catalogue of its metadata", async () => {
  const json = readFileSync(DATA_FILE);
  expect(gunzipSync(readFileSync(`${DATA_FILE}.gz`))).toEqual(json);
  const bundle = JSON.parse(json.toString()) as Bundle;
  const catalog = JSON.parse(readFileSync(DATA_FILE.replace("datasets.json", "catalog.json"), "utf8")) as CatalogFile;
  expect(catalog).toEqual(await catalogFileOf(bundle));
  // The catalogue records each dataset's contents object and each index object (length and SHA-256), and nothing else.
  const all = await objectDigests(bundle);
  expect(catalogDigests(catalog)).toEqual(new Map([...all].filter(([k]) => k.startsWith("v1/index/") || k.endsWith("/contents.json"))));
  expect(catalogFile(bundle.datasets.map((d) => d.meta))).toEqual({ format: 4, datasets: catalog.datasets.map(({ contents: _, ...d }) => d) });
  // Nothing is lost: the entry, the contents object and the record's corrections give back the whole metadata, keys in order.
  const objects = new Map(await r2Objects(bundle));
  catalogEntries(catalog).forEach((entry, i) => {
    const meta = bundle.datasets[i]!.meta;
    const listed = JSON.parse(objects.get(contentsKey(entry.id, entry.version)) as string) as DatasetContents;
    expect(JSON.stringify(datasetMetaOf(entry, listed.tables, meta.corrections))).toBe(JSON.stringify(meta));
  });
  expect(catalog.datasets.every((d: object) => !("corrections" in d) && !("tables" in d))).toBe(true);
  // Small enough for an isolate to hold a country's catalogue: under 1.5 KB a dataset (it was 32 KB with the corrections, 3.6 KB with the tables' details).
  for (const d of catalog.datasets) expect(JSON.stringify(d).length).toBeLessThan(1500);
});
