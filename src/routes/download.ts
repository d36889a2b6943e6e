/** GET /v1/datasets/{dataset}/download.zip and download.xlsx: the whole dataset in one file, for offline use. */
import { datasetArchive } from "../download/archive";
import { datasetWorkbook } from "../download/workbook";
import type { DataStore, DatasetRecord } from "../data/store";
import { conditionalResponse } from "../http/etag";
import { contentDisposition } from "../http/headers";
import { XLSX_MEDIA_TYPE } from "../render/xlsx/workbook";
import { requireDataset } from "../data/require";
import { requireQuery } from "./common";
import type { AppContext } from "./context";

type Built = (store: DataStore, record: DatasetRecord) => Promise<{ bytes: Uint8Array; sha256: string }>;

function fileRoute(build: Built, contentType: string, ext: string) {
  return async (c: AppContext): Promise<Response> => {
    const store = c.var.store;
    const record = await requireDataset(store, c.req.param("dataset") ?? "");
    requireQuery(c.var.url.searchParams, { reserved: [], formats: [] });
    const { meta } = record;
    const file = await build(store, record);
    // The ETag is the file's own hash: strong by construction, whatever builds the bytes.
    const headers = new Headers({ "X-Dataset-Version": meta.version });
    return conditionalResponse(c.req.raw, `"${file.sha256.slice(0, 32)}"`, headers, () => {
      headers.set("Content-Type", contentType);
      headers.set("Content-Disposition", contentDisposition(meta.id, meta.title_zh, ext));
      return c.req.method === "HEAD" ? null : file.bytes;
    });
  };
}

export const getDownload = fileRoute(datasetArchive, "application/zip", "zip");
export const getWorkbook = fileRoute(datasetWorkbook, XLSX_MEDIA_TYPE, "xlsx");
