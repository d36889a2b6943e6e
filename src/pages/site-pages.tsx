/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Pages of the site rather than of a dataset: the dataset list (/datasets) and the glossary (/glossary). */
import { pageContextOf } from "./lang";
import { withParam } from "../http/headers";
import { ProblemError } from "../lib/problem";
import { selectDatasets } from "../query/catalog";
import { encodeCursor, queryKey } from "../query/cursor";
import { parseQuery } from "../query/parse";
import { resolvePage } from "../routes/common";
import type { AppContext } from "../routes/context";
import { DATASETS_EXTRA } from "../spec/params";
import { GlossaryPage } from "./glossary/glossary-page";
import { htmlResponse } from "./html-response";
import { Bi, Layout, PageTitle, renderDocument } from "./layout";
import { DatasetList } from "./sections/dataset-list";

/** Datasets per page of /datasets: the page stays small at any N. */
export const DATASETS_PER_PAGE = 100;

/** GET /datasets: the datasets (filtered by department, year and kind, like /v1/datasets), a page at a time. */
export async function datasetsPage(c: AppContext): Promise<Response> {
  const url = c.var.url;
  const parsed = parseQuery(url.searchParams, { reserved: ["_next"], extra: DATASETS_EXTRA, formats: [] });
  if (!parsed.ok) {
    const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
    throw new ProblemError("invalid-query", `The dataset list takes department, year, kind (and _next): ${names}.`, parsed.errors);
  }
  const catalog = await c.var.store.getCatalog();
  const matching = selectDatasets(catalog.datasets, parsed.value.extra);
  const key = queryKey("datasets-page", url.searchParams);
  const { offset } = resolvePage(parsed.value, "json", catalog.version, key)!;
  const end = offset + DATASETS_PER_PAGE;
  const next = end < matching.length ? withParam(url, "_next", encodeCursor({ version: catalog.version, offset: end, key })) : null;
  const more = next ? { href: next.slice(url.origin.length), zh: `下一页（第 ${end + 1} 个起）`, en: `next page (from no. ${end + 1})` } : null;
  const context = pageContextOf(url);
  const en = context.lang === "en";
  return htmlResponse(c.req.raw, catalog.version, () =>
    renderDocument(
      <Layout title={en ? "Datasets · Budget disclosures" : "数据集 · 预算公开数据"} description={en ? `All ${matching.length} datasets.` : `全部 ${matching.length} 个数据集。`}>
        <PageTitle zh="数据集" en="Datasets" />
        <p class="lede">
          <Bi zh="每个数据集是一份公开文件（某部门某年度的预算或决算）。" en="Each dataset is one disclosure document: a department's budget or final accounts for a year." />
        </p>
        <DatasetList datasets={matching.slice(offset, end)} current={null} total={matching.length} more={more} />
      </Layout>,
      context,
    ),
  );
}

/** GET /glossary. Its text changes only with the code; the catalog version is the validator like every page's. */
export async function glossaryPage(c: AppContext): Promise<Response> {
  const catalog = await c.var.store.getCatalog();
  return htmlResponse(c.req.raw, catalog.version, () => renderDocument(<GlossaryPage />, pageContextOf(c.var.url)));
}
