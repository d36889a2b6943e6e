/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Pages of the site rather than of a dataset: the dataset list (/datasets) and the glossary (/glossary). */
import type { AppContext } from "../routes/context";
import { GlossaryPage } from "./glossary/glossary-page";
import { htmlResponse } from "./html-response";
import { Bi, Layout, renderDocument } from "./layout";
import { DatasetList } from "./sections/dataset-list";

/** GET /datasets: every dataset, linking to its page. */
export async function datasetsPage(c: AppContext): Promise<Response> {
  const catalog = await c.var.store.getCatalog();
  return htmlResponse(c.req.raw, catalog.version, () =>
    renderDocument(
      <Layout title="数据集 Datasets · 预算公开数据" description={`全部 ${catalog.datasets.length} 个数据集。All ${catalog.datasets.length} datasets.`}>
        <h1 id="title">
          数据集
          <span lang="en" class="en">
            Datasets
          </span>
        </h1>
        <p class="lede">
          <Bi zh="每个数据集是一份公开文件（某部门某年度的预算或决算）。" en="Each dataset is one disclosure document: a department's budget or final accounts for a year." />
        </p>
        <DatasetList datasets={catalog.datasets} current={null} />
      </Layout>,
    ),
  );
}

/** GET /glossary. Its text changes only with the code; the catalog version is the validator like every page's. */
export async function glossaryPage(c: AppContext): Promise<Response> {
  const catalog = await c.var.store.getCatalog();
  return htmlResponse(c.req.raw, catalog.version, () => renderDocument(<GlossaryPage />));
}
