import { catalogDigests, catalogEntries, catalogFile } from "../../src/data/catalog-file";
import { catalogFileOf, objectDigests } from "../../scripts/pipeline/object-digests";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { expect, it } from "vitest";
import type { Bundle } from "../../src/schema/bundle";
import { DATA_FILE } from "./seed-fixtures";

it("ships the same data three ways: datasets.json, its gzip for the Worker, and the catalogue of its metadata", () => {
  const json = readFileSync(DATA_FILE);
  expect(gunzipSync(readFileSync(`${DATA_FILE}.gz`))).toEqual(json);
  const bundle = JSON.parse(json.toString()) as Bundle;
  const catalog = JSON.parse(readFileSync(DATA_FILE.replace("datasets.json", "catalog.json"), "utf8"));
  expect(catalog).toEqual(catalogFileOf(bundle));
  // Every R2 object of the build is recorded (its length and SHA-256), and nothing else.
  expect(catalogDigests(catalog)).toEqual(objectDigests(bundle));
  expect(catalogFile(bundle.datasets.map((d) => d.meta))).toEqual({ ...catalog, objects: undefined });
  // Nothing is lost but the corrections (with the dataset record): the schema gives back the table titles.
  expect(catalogEntries(catalog)).toEqual(bundle.datasets.map(({ meta: { corrections: _, ...entry } }) => entry));
  expect(catalog.datasets.every((d: object) => !("corrections" in d))).toBe(true);
  // A province's thousand disclosures make a catalogue of a few MB at most (it was 32 KB a dataset with the corrections).
  for (const d of catalog.datasets) expect(JSON.stringify(d).length).toBeLessThan(5000);
});
