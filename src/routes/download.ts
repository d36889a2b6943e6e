/** GET /v1/datasets/{dataset}/download.zip: the whole dataset in one file, for offline use. */
import { datasetArchive } from "../download/archive";
import { ifNoneMatchHits } from "../http/etag";
import { CACHE_CONTROL, contentDisposition } from "../http/headers";
import { requireDataset, requireQuery } from "./common";
import type { AppContext } from "./context";

export async function getDownload(c: AppContext): Promise<Response> {
  const store = c.var.store;
  const record = await requireDataset(store, c.req.param("dataset") ?? "");
  requireQuery(new URL(c.req.url).searchParams, { reserved: [], formats: [] });
  const { meta } = record;
  const archive = await datasetArchive(store, record);
  // The ETag is the archive's own hash: strong by construction, whatever builds the bytes.
  const headers = new Headers({
    ETag: `"${archive.sha256.slice(0, 32)}"`,
    "Cache-Control": CACHE_CONTROL,
    "X-Dataset-Version": meta.version,
  });
  if (ifNoneMatchHits(c.req.header("If-None-Match") ?? null, headers.get("ETag")!)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/zip");
  headers.set("Content-Disposition", contentDisposition(meta.id, meta.title_zh, "zip"));
  return new Response(c.req.method === "HEAD" ? null : archive.bytes, { status: 200, headers });
}
