/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** Handlers of the HTML pages: find the data (404 as a page for browsers), render, respond with validators. */
import { pageContextOf } from "./lang";
import { requireDataset } from "../data/require";
import type { DatasetRecord, TableData } from "../data/store";
import { ProblemError } from "../lib/problem";
import type { AppContext } from "../routes/context";
import type { PublishedRow } from "../schema/bundle";
import type { AppliedCorrection, DatasetMeta } from "../schema/dataset";
import { TABLES } from "../schema/tables";
import { wantsHtml } from "./accept";
import { ChecksPage } from "./checks-page";
import { DatasetPage } from "./dataset-page";
import { loadDatasetView } from "./dataset-view";
import { htmlResponse } from "./html-response";
import { renderDocument } from "./layout";
import { pagePaths } from "./paths";
import { ProjectPage } from "./project-page";
import { SourcePage } from "./source-page";

/**
 * The corrections made on a project's sheet: from its first line up to the next sheet's
 * (the last sheet runs to the end of the projects table's lines).
 */
function sheetCorrections(meta: DatasetMeta, projects: TableData, project: PublishedRow): AppliedCorrection[] {
  const start = Number(project.source_line);
  const index = projects.rows.indexOf(project);
  const next = projects.rows[index + 1];
  const end = next ? Number(next.source_line) - 1 : (projects.meta.lines?.[1] ?? start);
  return meta.corrections.filter((k) => k.file === project.source_file && k.line >= start && k.line <= end);
}

/** A 404: the app's problem layer makes it a page for a browser (error-page.tsx), problem+json for anything else. */
export async function notFound(_c: AppContext, detail: string): Promise<Response> {
  throw new ProblemError("not-found", detail);
}

/** The dataset of the path, or the API's 404 (a page for a browser). */
const datasetOf = (c: AppContext): Promise<DatasetRecord> => requireDataset(c.var.store, c.req.param("dataset") ?? "");

async function datasetResponse(c: AppContext, record: DatasetRecord): Promise<Response> {
  const catalog = await c.var.store.getCatalog();
  return htmlResponse(c.req.raw, catalog.version, async () => {
    const view = await loadDatasetView(c.var.store, record, c.var.url.origin);
    return renderDocument(<DatasetPage view={view} />, pageContextOf(c.var.url));
  });
}

/** GET /: the page of the first dataset for browsers; API clients (no text/html in Accept) go on to /v1. */
export async function homePage(c: AppContext): Promise<Response> {
  if (!wantsHtml(c.req.header("Accept") ?? null)) {
    return new Response(null, { status: 302, headers: { Location: pagePaths.api, Vary: "Accept" } });
  }
  const first = (await c.var.store.getCatalog()).datasets[0];
  const record = first && (await c.var.store.getDataset(first.id));
  if (!record) return notFound(c, "No dataset is published yet.");
  return datasetResponse(c, record);
}

/** GET /datasets/{dataset}. */
export async function datasetPage(c: AppContext): Promise<Response> {
  return datasetResponse(c, await datasetOf(c));
}

/** GET /datasets/{dataset}/checks. */
export async function checksPage(c: AppContext): Promise<Response> {
  const record = await datasetOf(c);
  return htmlResponse(c.req.raw, record.meta.version, () => renderDocument(<ChecksPage record={record} />, pageContextOf(c.var.url)));
}

/** GET /datasets/{dataset}/source: the document line by line. */
export async function sourcePage(c: AppContext): Promise<Response> {
  const record = await datasetOf(c);
  return htmlResponse(c.req.raw, record.meta.version, async () => {
    const lines = (await c.var.store.getTable(record.meta.id, TABLES.source.id))?.rows ?? [];
    return renderDocument(<SourcePage record={record} lines={lines} />, pageContextOf(c.var.url));
  });
}

/** GET /datasets/{dataset}/projects/{project}. */
export async function projectPage(c: AppContext): Promise<Response> {
  const record = await datasetOf(c);
  const { meta } = record;
  const projects = await c.var.store.getTable(meta.id, TABLES.projects.id);
  const id = c.req.param("project") ?? "";
  const project = projects?.row(id);
  if (!projects || !project) {
    const ids = projects?.rows.map((r) => String(r.id)) ?? [];
    return notFound(c, `No project '${id}' in dataset '${meta.id}'.${ids.length ? ` Projects: ${ids[0]} … ${ids[ids.length - 1]}.` : ""}`);
  }
  return htmlResponse(c.req.raw, meta.version, async () => {
    const indicatorTable = TABLES.projectIndicators.id;
    const indicators = (await c.var.store.getTable(meta.id, indicatorTable))?.rows.filter((r) => r.project_id === project.id) ?? [];
    const corrections = sheetCorrections(meta, projects, project);
    const change = (await c.var.store.getTable(meta.id, TABLES.projectChanges.id))?.rows.find((r) => r.project_id === project.id) ?? null;
    return renderDocument(<ProjectPage view={{ meta, projects, project, indicators, corrections, indicatorTable, change }} />, pageContextOf(c.var.url));
  });
}
