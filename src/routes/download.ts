/** GET /v1/datasets/{dataset}/download.zip and download.xlsx: the whole dataset in one file, for offline use. */
import { datasetArchive } from "../download/archive";
import { datasetWorkbook } from "../download/workbook";
import type { DataStore, DatasetRecord } from "../data/store";
import { conditionalResponse } from "../http/etag";
import { contentDisposition } from "../http/headers";
import { XLSX_MEDIA_TYPE } from "../render/xlsx/workbook";
import { requireDataset } from "../data/require";
import { requireQuery } from "./common";
import type { ApiRoute } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
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

export const downloadRoute = { name: "download", path: honoPath(API_PATHS.download), template: API_PATHS.download, summary: "The whole dataset in one zip: README.txt, datapackage.json, every table as CSV with a UTF-8 BOM (data/<table>.csv), checks.json, corrections.json and dataset.xlsx (the workbook of download.xlsx).", formats: [], params: [], filters: false, response: "downloadSchema", file: "application/zip", handler: getDownload } satisfies ApiRoute;

export const downloadXlsxRoute = { name: "download-xlsx", path: honoPath(API_PATHS["download-xlsx"]), template: API_PATHS["download-xlsx"], summary: "The whole dataset as one Excel workbook (.xlsx): a 说明 sheet (dataset, department, year, unit, source document, version, licence, the sheets with their row counts, every column), then one sheet per table with Chinese headers, codes as text, amounts as numbers, dates as dates. Also in download.zip as dataset.xlsx.", formats: [], params: [], filters: false, response: "workbookSchema", file: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", handler: getWorkbook } satisfies ApiRoute;
