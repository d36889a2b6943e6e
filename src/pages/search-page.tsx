/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * GET /search?q=: the API's search (src/search/run.ts, same caps, same hits) as a page,
 * in the API's ranked order with each hit's dataset and table, the terms marked in each snippet. Takes q and the
 * API's cursor _next (pages of the API's default size); anything else is a 400.
 */
import { inLang, pageContextOf, useLang } from "./lang";
import { isolate } from "./bidi";
import { ProblemError } from "../lib/problem";
import { encodeCursor, queryKey } from "../query/cursor";
import { parseQuery } from "../query/parse";
import type { Child } from "hono/jsx";
import type { Catalog, DataStore } from "../data/store";
import { findThings, type ThingHit } from "./search-things";
import type { AppContext } from "../routes/context";
import { resolvePage } from "../routes/common";
import { TABLE_LIST, TABLES } from "../schema/tables";
import { searchTerms } from "../search/terms";
import { findHits, MAX_QUERY, MAX_TERMS, queryErrors, SEARCH_SIZES, type SearchHit } from "../search/run";
import { highlight } from "./highlight";
import { htmlResponse } from "./html-response";
import { Bi, En, Layout, PageTitle, renderDocument } from "./layout";
import { formatWan } from "../lib/money";
import { apiPaths, pagePaths } from "./paths";

const enc = encodeURIComponent;

/** The table page of a row (served by the table pages; the row picked by its id). */
const tableRowPage = (d: string, t: string, id: string) => `${pagePaths.table(d, t)}?id=${enc(id)}`;

/** A project found in its name: how many indicators and sheet amounts hold the same name (not listed as hits of their own). */
export interface Also {
  indicators: number;
  lines: number;
}

/** The project a hit belongs to, if any: a project, one of its indicators, or a budget line read from a project sheet. */
function projectOf(hit: SearchHit): string | null {
  if (hit.table === TABLES.projects.id) return hit.id;
  if (hit.table === TABLES.projectIndicators.id && typeof hit.row.project_id === "string") return hit.row.project_id;
  if (hit.table === TABLES.budgetLines.id && hit.row.table === TABLES.projects.id && typeof hit.row.row_id === "string") return hit.row.row_id;
  return null;
}

function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/** How the words were found, in a reader's words. */
const MATCH_LABELS = {
  phrase: { zh: "完整出现", en: "as typed" },
  field: { zh: "各词在同一栏", en: "all words in one field" },
  row: { zh: "各词分散在这一行", en: "words spread over the row" },
} as const;

function AlsoIn({ hit, also }: { hit: SearchHit; also: Also }) {
  if (also.indicators + also.lines === 0) return null;
  return (
    <p class="hit-also">
      <Bi zh="同名的还有：" en="Also, under the same name: " />
      {also.indicators > 0 && (
        <a href={`${pagePaths.table(hit.dataset, TABLES.projectIndicators.id)}?project_id=${enc(hit.id)}`} data-also="indicators">
          <Bi zh={`${also.indicators} 个绩效指标`} en={`${also.indicators} indicators`} />
        </a>
      )}
      {also.indicators > 0 && also.lines > 0 && <Bi zh="、" en=", " />}
      {also.lines > 0 && (
        <a href={`${pagePaths.table(hit.dataset, TABLES.budgetLines.id)}?row_id=${enc(hit.id)}&table=projects`} data-also="lines">
          <Bi zh={`${also.lines} 个预算金额`} en={`${also.lines} budget lines`} />
        </a>
      )}
    </p>
  );
}

function Hit({ hit, terms, where, also, children }: { hit: SearchHit; terms: readonly string[]; where: { dataset: string; table: string }; also?: Also; children?: Child }) {
  const title = hit.title === null ? hit.id : String(hit.title);
  const project = projectOf(hit);
  const main = hit.table === TABLES.projects.id ? pagePaths.project(hit.dataset, hit.id) : tableRowPage(hit.dataset, hit.table, hit.id);
  return (
    <li class="hit" data-table={hit.table} data-id={hit.id}>
      <a href={main} class="hit-title">
        <Marked text={title} terms={terms} />
      </a>{" "}
      <code class="muted">{hit.id}</code>
      <p class="hit-where muted">
        <a href={pagePaths.dataset(hit.dataset)}>
          <bdi>{where.dataset}</bdi>
        </a>{" "}
        · <bdi>{where.table}</bdi>
        {typeof hit.row.amount === "number" && <> · {formatWan(hit.row.amount)} 万元</>}
        {/* How the words were found says something only for several words (one word is always found as typed). */}
        {terms.length > 1 && (
          <>
            {" "}
            ·{" "}
            <span data-match={hit.match}>
              <Bi zh={MATCH_LABELS[hit.match].zh} en={MATCH_LABELS[hit.match].en} />
            </span>
          </>
        )}
      </p>
      {also && <AlsoIn hit={hit} also={also} />}
      {children}
      <ul class="matches">
        {hit.matches.map((m) => (
          <li>
            <span class="muted">{m.label}</span>：
            <bdi>
              <Marked text={m.snippet} terms={terms} />
            </bdi>
          </li>
        ))}
      </ul>
      <p class="hit-links">
        {project !== null && hit.table !== TABLES.projects.id && (
          <>
            <a href={pagePaths.project(hit.dataset, project)}>
              <Bi zh="项目页" en="project page" />
            </a>{" "}
            ·{" "}
          </>
        )}
        <a href={apiPaths.row(hit.dataset, hit.table, hit.id)}>JSON</a>
      </p>
    </li>
  );
}

/** The hits of one page in ranked order (the API's), each saying which dataset and table it is of. */
/** The same printed figure of one budget item (same item, code and amount) in other tables or columns: one entry on the page. */
const sameFigure = (a: SearchHit, b: SearchHit) =>
  a.table === TABLES.budgetLines.id &&
  b.table === TABLES.budgetLines.id &&
  a.dataset === b.dataset &&
  a.row.item === b.row.item &&
  a.row.code === b.row.code &&
  a.row.amount === b.row.amount &&
  a.row.period === b.row.period;

/** Hits in the API's order, a budget item's copies of one figure (adjacent in that order) folded into its first. */
export function groupCopies(hits: readonly SearchHit[]): SearchHit[][] {
  const groups: SearchHit[][] = [];
  for (const h of hits) {
    const last = groups.at(-1);
    if (last && sameFigure(last[0]!, h)) last.push(h);
    else groups.push([h]);
  }
  return groups;
}

/** A table's titles by its id: the schema's, the same in every dataset. */
function tableTitles(id: unknown): { title_zh: string; title_en: string } | undefined {
  const def = TABLE_LIST.find((t) => t.id === id);
  return def && { title_zh: def.titleZh, title_en: def.titleEn };
}

function Copies({ catalog, copies }: { catalog: Catalog; copies: readonly SearchHit[] }) {
  const en = useLang() === "en";
  if (copies.length === 0) return null;
  return (
    <p class="hit-also" data-copies={copies.length}>
      <Bi zh={`同一金额另印在 ${copies.length} 处：`} en={`The same figure is printed in ${copies.length} more places: `} />
      {copies.map((c, i) => {
        const table = tableTitles(c.row.table);
        return (
          <>
            {i > 0 && (en ? ", " : "、")}
            <a href={tableRowPage(c.dataset, c.table, c.id)} data-id={c.id}>
              <bdi>{`${en ? (table?.title_en ?? c.row.table) : (table?.title_zh ?? c.row.table)} ${c.row.measure_label ?? c.row.measure}`}</bdi>
            </a>
          </>
        );
      })}
    </p>
  );
}

function RankedHits({ catalog, hits, terms, offset, also }: { catalog: Catalog; hits: readonly SearchHit[]; terms: readonly string[]; offset: number; also: ReadonlyMap<string, Also> }) {
  return (
    <ol class="hits" start={offset + 1}>
      {groupCopies(hits).map(([h, ...copies]) => {
        const d = catalog.datasets.find((x) => x.id === h!.dataset);
        const meta = tableTitles(h!.table);
        return (
          <Hit hit={h!} terms={terms} where={{ dataset: d?.title_zh ?? h!.dataset, table: meta?.title_zh ?? h!.table }} also={also.get(`${h!.dataset}/${h!.id}`)}>
            <Copies catalog={catalog} copies={copies} />
          </Hit>
        );
      })}
    </ol>
  );
}

interface SearchView {
  catalog: Catalog;
  q: string;
  terms: readonly string[];
  total: number;
  offset: number;
  hits: readonly SearchHit[];
  next: string | null;
  /** By `dataset/project`: what a project found in its name also appears as. */
  also: ReadonlyMap<string, Also>;
  /** Tables and glossary terms the words name. */
  things: readonly ThingHit[];
}

function Things({ catalog, things }: { catalog: Catalog; things: readonly ThingHit[] }) {
  const en = useLang() === "en";
  const first = catalog.datasets[0];
  if (things.length === 0) return null;
  return (
    <section aria-labelledby="things">
      <h2 id="things">
        <Bi zh="相关的表格和术语" en="Tables and glossary terms" />
      </h2>
      <ul class="things">
        {things.map((t) => (
          <li data-thing={`${t.kind}:${t.id}`}>
            {t.kind === "table" ? <Bi zh="表格：" en="Table: " /> : <Bi zh="术语：" en="Term: " />}
            <a href={t.kind === "table" ? (first ? pagePaths.table(first.id, t.id) : pagePaths.datasets) : pagePaths.glossary(t.id)}>{en ? t.en : t.zh}</a>
            <span class="muted"> — {en ? t.textEn : t.textZh}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage({ view }: { view: SearchView }) {
  const { q, terms, total } = view;
  const en = useLang() === "en";
  return (
    <Layout
      title={en ? (q ? `Search “${isolate(q)}” · Budget disclosures` : "Search · Budget disclosures") : q ? `搜索“${isolate(q)}” · 预算公开数据` : "搜索 · 预算公开数据"}
      description={en ? "Search projects, indicators and budget lines." : "在全部数据集的项目、绩效指标与预算明细中搜索。"}
      query={q}
    >
      <PageTitle zh="搜索" en="Search" />
      {terms.length === 0 ? (
        <p id="search-hint">
          <Bi
            zh={`在上方搜索框输入要找的文字，例如“培训”；多个词用空格分开，每个词都须出现。最多 ${MAX_TERMS} 个词、${MAX_QUERY} 个字符。`}
            en={`Type what to find in the search box above, e.g. 培训; several words separated by spaces must all occur. At most ${MAX_TERMS} words and ${MAX_QUERY} characters.`}
          />
        </p>
      ) : (
        <>
          <p id="search-summary">
            <Bi
              zh={
                <>
                  “<bdi>{q}</bdi>”：共 {total} 条结果{total > view.hits.length ? `，本页为第 ${view.offset + 1}–${view.offset + view.hits.length} 条` : ""}。
                </>
              }
              en={`${total} result${total === 1 ? "" : "s"}${total > view.hits.length ? `, ${view.offset + 1}–${view.offset + view.hits.length} shown` : ""}.`}
            />{" "}
            <a href={`${apiPaths.search}?q=${enc(q)}`}>JSON</a>
          </p>
          {total === 0 && (
            <p>
              <Bi zh="没有找到。可以试试更短的词。" en="Nothing found. Try a shorter word." />
            </p>
          )}
          {view.offset === 0 && <Things catalog={view.catalog} things={view.things} />}
          <RankedHits catalog={view.catalog} hits={view.hits} terms={terms} offset={view.offset} also={view.also} />
          {view.next && (
            <p>
              <a href={view.next} rel="next">
                <Bi zh="下一页" en="Next page" /> →
              </a>
            </p>
          )}
        </>
      )}
    </Layout>
  );
}

/**
 * For each project on the page found in its name: its indicators and its sheet's amounts,
 * which hold the same name and are not hits of their own (search/run.ts). Reads the two
 * tables of the datasets on the page (at most one page of hits).
 */
async function alsoOf(store: DataStore, hits: readonly SearchHit[]): Promise<Map<string, Also>> {
  const out = new Map<string, Also>();
  for (const hit of hits) {
    if (hit.table !== TABLES.projects.id || !hit.matches.some((m) => m.column === "name")) continue;
    const [indicators, lines] = await Promise.all([store.getTable(hit.dataset, TABLES.projectIndicators.id), store.getTable(hit.dataset, TABLES.budgetLines.id)]);
    out.set(`${hit.dataset}/${hit.id}`, {
      indicators: indicators?.rows.filter((r) => r.project_id === hit.id).length ?? 0,
      lines: lines?.rows.filter((r) => r.table === TABLES.projects.id && r.row_id === hit.id).length ?? 0,
    });
  }
  return out;
}

/** GET /search. */
export async function searchPage(c: AppContext): Promise<Response> {
  const url = c.var.url;
  const parsed = parseQuery(url.searchParams, { reserved: ["_next"], extra: ["q"], formats: [], sizes: SEARCH_SIZES });
  if (!parsed.ok) {
    const names = [...new Set(parsed.errors.map((e) => e.param))].join(", ");
    throw new ProblemError("invalid-query", `The search page takes q (and _next): ${names}.`, parsed.errors);
  }
  const q = parsed.value.extra.q ?? "";
  const terms = searchTerms(q);
  const errors = queryErrors(q, terms, false);
  if (errors.length) throw new ProblemError("invalid-query", "Invalid query parameter: q.", errors);
  const store = c.var.store;
  const catalog = await store.getCatalog();
  const key = queryKey("search-page", url.searchParams);
  // "json": the page pages like the API's JSON (its default size, its cursor checks).
  const page = resolvePage(parsed.value, "json", catalog.version, key)!;
  return htmlResponse(c.req.raw, catalog.version, async () => {
    const found = terms.length ? await findHits(store, { terms, offset: page.offset, size: page.size }) : { total: 0, hits: [] };
    const end = page.offset + page.size;
    const next = end < found.total ? `${inLang("/search", pageContextOf(url).lang)}?q=${enc(q)}&_next=${encodeCursor({ version: catalog.version, offset: end, key })}` : null;
    const view = { catalog, q, terms, total: found.total, offset: page.offset, hits: found.hits, next, also: await alsoOf(store, found.hits), things: findThings(terms) };
    return renderDocument(<SearchPage view={view} />, pageContextOf(c.var.url));
  });
}
