/**
 * The data files bundled with the Worker: data/catalog.json, and data/datasets.json.gz as a
 * binary module (wrangler.toml [[rules]]), which costs nothing to parse when the Worker
 * starts and is inflated on the first request that needs rows.
 */
import catalogFile from "../../data/catalog.json";
import compressed from "../../data/datasets.json.gz";
import type { Bundle } from "../schema/bundle";
import { catalogEntries, type CatalogFile } from "./catalog-file";
import type { BundleSource } from "./bundled-store";

async function inflate(gz: ArrayBuffer): Promise<Bundle> {
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  return JSON.parse(await new Response(stream).text()) as Bundle;
}

export const bundledFiles: BundleSource = {
  metas: catalogEntries(catalogFile as unknown as CatalogFile),
  load: () => inflate(compressed),
};
