/**
 * The dataset page's machine-readable description: schema.org Dataset as JSON-LD (what
 * dataset search engines read), with a DataDownload for each way to get the data, URLs
 * absolute from the request's origin. Built from the metadata alone.
 */
import type { DatasetMeta } from "../schema/dataset";
import { DATASET_KINDS, kindLabel } from "./labels";
import { apiPaths, pagePaths } from "./paths";

interface DataDownload {
  "@type": "DataDownload";
  name: string;
  encodingFormat: string;
  contentUrl: string;
}

/** Where the whole dataset and each table can be downloaded (relative paths). */
export function distributionPaths(meta: Omit<DatasetMeta, "corrections">): { name: string; encodingFormat: string; path: string }[] {
  return [
    { name: "全部数据表 CSV（zip） Every table as CSV, with datapackage.json, in one zip", encodingFormat: "application/zip", path: apiPaths.zip(meta.id) },
    { name: "全部数据表 Excel（xlsx） Every table in one workbook", encodingFormat: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", path: apiPaths.workbook(meta.id) },
    { name: "数据包描述 Frictionless Data Package descriptor (JSON)", encodingFormat: "application/json", path: apiPaths.datapackage(meta.id) },
    ...meta.tables
      .filter((t) => t.row_count > 0)
      .map((t) => ({ name: `${t.title_zh} ${t.title_en} (CSV)`, encodingFormat: "text/csv", path: apiPaths.table(meta.id, t.id, ".csv") })),
  ];
}

export function datasetJsonLd(meta: Omit<DatasetMeta, "corrections">, origin: string): Record<string, unknown> {
  const kind = kindLabel(DATASET_KINDS, meta.kind);
  const tables = meta.tables.filter((t) => t.row_count > 0);
  const distribution: DataDownload[] = distributionPaths(meta).map((d) => ({ "@type": "DataDownload", name: d.name, encodingFormat: d.encodingFormat, contentUrl: origin + d.path }));
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: meta.title_zh,
    alternateName: meta.title_en,
    description:
      `${meta.department} ${meta.year} 年部门${kind.zh}公开文件的全部表格，整理为可下载、可查询的数据（${tables.length} 张有数据的表），金额单位${meta.unit.label}，经 ${meta.checks_summary.total} 项算术核对。` +
      ` Every table of the ${meta.year} ${kind.en} disclosure of ${meta.department} as open data (${tables.length} tables with rows), amounts in ${meta.unit.label} (${meta.unit.factor} ${meta.unit.currency}), reconciled by ${meta.checks_summary.total} arithmetic checks.`,
    url: origin + pagePaths.dataset(meta.id),
    identifier: meta.id,
    version: meta.version,
    inLanguage: "zh-CN",
    temporalCoverage: String(meta.year),
    isAccessibleForFree: true,
    ...(meta.licence ? { license: meta.licence } : {}),
    keywords: [`部门${kind.zh}`, meta.department, String(meta.year), "budget", "China"],
    creator: { "@type": "Organization", name: meta.department },
    publisher: { "@type": "Organization", name: meta.publisher },
    variableMeasured: { "@type": "PropertyValue", name: "金额 amount", unitText: meta.unit.label },
    includedInDataCatalog: { "@type": "DataCatalog", name: "预算公开数据 Budget disclosures", url: origin + pagePaths.datasets },
    distribution,
  };
}

/**
 * JSON safe inside <script>: `<`, `>` and `&` (and the JS line separators) as \u escapes,
 * so no data can close the element or start a comment; the JSON means the same.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
