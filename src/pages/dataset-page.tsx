/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The page of one dataset (also the home page, for the first dataset): what it is, its figures, charts, tables, checks, source and API. */
import { raw } from "hono/html";
import { ClassChart } from "./class-chart";
import { Term } from "./glossary/term";
import { datasetJsonLd, scriptJson } from "./jsonld";
import type { DatasetView } from "./dataset-view";
import { DownloadAll } from "./download-all";
import { useLang } from "./lang";
import { Bi, En, Layout, PageTitle } from "./layout";
import { DATASET_KINDS, kindLabel } from "./labels";
import { formatCentsGrouped } from "../lib/money";
import { apiPaths } from "./paths";
import { ProjectChart, ProjectTable } from "./project-chart";
import { ApiSection } from "./sections/api-examples";
import { QualitySection } from "./sections/checks";
import { pagePaths } from "./paths";
import { DatasetList } from "./sections/dataset-list";

/** A dataset page names a few other datasets; /datasets pages through them all, so the page stays small at any N. */
const DATASETS_ON_A_DATASET_PAGE = 20;
import { OverviewSection } from "./sections/overview";
import { ChangesSection } from "./sections/changes";
import { SourceSection } from "./sections/source";
import { TablesSection } from "./sections/tables";

export function DatasetPage({ view }: { view: DatasetView }) {
  const { meta, checks, notes } = view.record;
  const kind = kindLabel(DATASET_KINDS, meta.kind);
  const failed = meta.checks_summary.failed;
  const en = useLang() === "en";
  return (
    <Layout
      title={en ? `${meta.title_en} · ${meta.title_zh}` : meta.title_zh}
      description={en ? `${meta.title_en}: tables, charts, downloads and API.` : `${meta.department} ${meta.year} 年${kind.zh}数据：表格、图表、下载与 API。`}
      head={
        <>
          {/* Data for dataset search engines: a data block, never run (the CSP allows no script). */}
          <script type="application/ld+json">{raw(scriptJson(datasetJsonLd(meta, view.origin)))}</script>
          <link rel="alternate" type="application/json" href={apiPaths.datapackage(meta.id)} title="Data Package (datapackage.json)" />
        </>
      }
      footer={
        <p>
          {meta.title_zh} · <code>{meta.id}</code> · <Bi zh="数据版本" en="version" /> <code>{meta.version}</code>
        </p>
      }
    >
      <PageTitle zh={meta.title_zh} en={meta.title_en} />
      {!en && (
        <p class="lede">
          <bdi>{meta.department}</bdi> {meta.year} 年{meta.kind === "budget" ? <Term id="department-budget" /> : `部门${kind.zh}`}公开的全部数据：原文的每一张表都整理成可以下载、可以查询的表格，金额单位为{meta.unit.label}，并经过 {meta.checks_summary.total}{" "}
          项核对{failed === 0 ? "，全部相符" : `，其中 ${failed} 项不相符`}。
        </p>
      )}
      {en && (
        <p class="lede">
          The {meta.year} {kind.en} disclosure (部门{kind.zh}公开) of {meta.department}: every table of the document as data you can download and query, amounts in {meta.unit.label} (
          {meta.unit.factor.toLocaleString("en-US")} {meta.unit.currency}), reconciled by {meta.checks_summary.total} arithmetic checks
          {failed === 0 ? " (all pass)" : ` (${failed} fail)`}.
        </p>
      )}
      <p class="note" id="source-line">
        <Bi zh="来源：" en="Source: " />《<bdi>{meta.title_zh}</bdi>》（<bdi>{meta.department}</bdi>，{meta.year}
        <Bi zh=" 年" en="" />） · <Bi zh="文件" en="file" /> <code>{meta.source.file}</code> ·{" "}
        <a href={pagePaths.source(meta.id)}>
          <Bi zh="逐行看原文" en="the document line by line" />
        </a>{" "}
        ·{" "}
        <a href="#source">
          <Bi zh="详情" en="details" />
        </a>
      </p>
      <DownloadAll dataset={meta.id} />
      {view.datasets.length > 1 && (
        <DatasetList
          datasets={view.datasets.slice(0, DATASETS_ON_A_DATASET_PAGE)}
          current={meta.id}
          total={view.datasets.length}
          more={view.datasets.length > DATASETS_ON_A_DATASET_PAGE ? { href: pagePaths.datasets, zh: `全部 ${view.datasets.length} 个数据集`, en: `all ${view.datasets.length} datasets` } : null}
        />
      )}

      <OverviewSection overview={view.overview} unit={meta.unit.label} gap={view.gap} threePublic={view.threePublic} />

      <section aria-labelledby="by-class">
        <h2 id="by-class">
          <Bi zh="按功能分类的支出" en="Spending by functional classification" />
        </h2>
        {view.spending ? (
          <>
            <p>
              <Bi
                zh={
                  <>
                    各“类”（及其下各“款”）的支出，取自“{meta.tables.find((t) => t.id === view.spending!.table)?.title_zh ?? view.spending.table}”的明细行；科目按
                    <Term id="functional-classification">类/款/项</Term>三级编码。
                  </>
                }
                en={`Each class (类) with its sections (款), summed from the item rows of ${view.spending.table}.`}
              />
            </p>
            <ClassChart spending={view.spending} id="chart-classes" />
          </>
        ) : (
          <p>
            <Bi zh="本数据集没有按功能分类的支出表。" en="This dataset has no expenditure table by functional classification." />
          </p>
        )}
      </section>

      <section aria-labelledby="projects">
        <h2 id="projects">
          <Bi zh={`项目（${view.projects.length}）`} en={`Projects (${view.projects.length})`} />
        </h2>
        {view.projects.length > 0 ? (
          <>
            <p>
              <Bi
                zh={`每个项目的本年度金额，合计 ${formatCentsGrouped(view.projects.reduce((s, p) => s + (p.cents ?? 0), 0))} 万元。点开项目可以看它的说明、绩效指标和联系人。`}
                en="This year's amount of each project; open one for its texts, performance indicators and contacts."
              />
            </p>
            <ProjectChart projects={view.projects} id="chart-projects" />
            <ProjectTable dataset={meta.id} department={meta.department} projects={view.projects} />
          </>
        ) : (
          <p>
            <Bi zh="本数据集没有项目表。" en="This dataset has no project sheets." />
          </p>
        )}
      </section>

      <ChangesSection dataset={meta.id} changes={view.changes} />
      <TablesSection dataset={meta.id} tables={meta.tables} />
      <QualitySection meta={meta} checks={checks} notes={notes} />
      <SourceSection meta={meta} />
      <ApiSection origin={view.origin} dataset={meta.id} />
    </Layout>
  );
}
