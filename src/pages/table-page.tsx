/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The page of one table: its rows with click-to-sort headers, facets and filter chips,
 * paging, and downloads of exactly the rows shown (every page of them). Links only, no
 * script; the query language is the API's, so every link here has a JSON twin.
 */
import { TABLE_DESCRIPTIONS_ZH, tableNoteZh } from "../schema/descriptions-zh";
import { Crumbs } from "./crumbs";
import { DownloadAll } from "./download-all";
import { useLang } from "./lang";
import { Bi, En, Layout, PageTitle } from "./layout";
import { apiPaths } from "./paths";
import { ColumnsForm } from "./table-page/columns-form";
import { QUERY_FORM } from "./table-page/links";
import { Chips, Facets } from "./table-page/filters";
import { RowsTable } from "./table-page/grid";
import type { TablePageView } from "./table-page/view";
import { DownloadButtons } from "./download-buttons";

function Count({ view }: { view: TablePageView }) {
  const first = view.rows.length ? view.offset + 1 : 0;
  const last = view.offset + view.rows.length;
  const n = (x: number) => x.toLocaleString("en-US");
  return (
    <p id="match-count">
      <strong>
        <data value={String(view.total)}>{n(view.total)}</data>
      </strong>{" "}
      <Bi
        zh={`行符合条件${view.rows.length > 0 ? `，显示第 ${n(first)}–${n(last)} 行` : ""}。`}
        en={`${view.total === 1 ? "row matches" : "rows match"}${view.rows.length > 0 ? `; showing rows ${n(first)}–${n(last)}` : ""}.`}
      />
    </p>
  );
}

/** The page's query, once, for the buttons of a long query (sort headers, facet values): without its cursor, since a new selection starts at its top. */
function QueryForm({ view }: { view: TablePageView }) {
  return (
    <form id={QUERY_FORM} method="get" action={view.path} hidden>
      {view.pairs
        .filter(([k]) => k !== "_next")
        .map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
    </form>
  );
}

function Pager({ view }: { view: TablePageView }) {
  if (!view.next && !view.prev) return null;
  return (
    <nav class="pager" aria-label={useLang() === "en" ? "Pages" : "翻页"}>
      {view.prev && (
        <a href={view.prev} rel="prev" id="prev-page">
          ← <Bi zh="上一页" en="Previous" />
        </a>
      )}
      {view.next && (
        <a href={view.next} rel="next" id="next-page">
          <Bi zh="下一页" en="Next" /> →
        </a>
      )}
    </nav>
  );
}

function Downloads({ view }: { view: TablePageView }) {
  const d = view.downloads;
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">
        <Bi zh="下载这些行" en="Download these rows" />
      </h2>
      <p class="note">
        <Bi zh="与本页相同的筛选条件、排序和列，包含全部符合条件的行（不分页）。用 Excel 或 WPS 打开，请选 XLSX；用程序读取，请选 CSV。" en="The same filters, sort and columns as this page, every matching row (not paged). For Excel or WPS choose XLSX; for programs choose CSV." />
      </p>
      <p class="dl" id="download-links">
        <DownloadButtons links={d} />
      </p>
      <DownloadAll dataset={view.table.dataset.id} />
    </section>
  );
}

export function TablePage({ view }: { view: TablePageView }) {
  const { dataset, meta } = view.table;
  const en = useLang() === "en";
  return (
    <Layout
      title={en ? `${meta.title_en} · ${dataset.title_en}` : `${meta.title_zh} · ${dataset.title_zh}`}
      description={en ? `${meta.title_en}: filter, sort, download.` : `${dataset.title_zh}：${meta.title_zh}，可筛选、排序、下载。`}
      footer={
        <p>
          {dataset.title_zh} · <code>{meta.id}</code> · <Bi zh="数据版本" en="version" /> <code>{dataset.version}</code>
        </p>
      }
    >
      <Crumbs meta={dataset} section="tables">
        {meta.title_zh}
      </Crumbs>
      <PageTitle zh={meta.title_zh} en={meta.title_en} />
      <p class="lede" id="table-description">{en ? meta.description : (TABLE_DESCRIPTIONS_ZH[meta.id] ?? "")}</p>
      {meta.note && (en ? meta.note !== meta.description : tableNoteZh(meta.id, meta.note) !== TABLE_DESCRIPTIONS_ZH[meta.id]) && (
        <p class="note">{en ? meta.note : tableNoteZh(meta.id, meta.note)}</p>
      )}
      <p class="note">
        <code>{meta.id}</code> · <Bi zh="金额单位" en="amounts in" /> {dataset.unit.label} · <a href={apiPaths.table(dataset.id, meta.id)}>JSON</a>
      </p>
      {view.long && <QueryForm view={view} />}
      <Chips view={view} />
      <Count view={view} />
      <Facets view={view} />
      <ColumnsForm view={view} />
      {view.rows.length > 0 && <RowsTable view={view} unit={dataset.unit.label} />}
      <Pager view={view} />
      <Downloads view={view} />
    </Layout>
  );
}
