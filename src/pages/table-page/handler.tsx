/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * GET /datasets/{dataset}/tables/{table}: find the table (a 404 page for browsers), check
 * the query with the API's parser and cursors (the API's 400 and 410) before anything is
 * cached, then render behind the page validators.
 */
import { pageContextOf } from "../lang";
import { queryKey } from "../../query/cursor";
import { didYouMean, listSome } from "../../lib/suggest";
import { requireDataset } from "../../data/require";
import type { AppContext } from "../../routes/context";
import { resolvePage } from "../../routes/common";
import { notFound } from "../handlers";
import { htmlResponse } from "../html-response";
import { renderDocument } from "../layout";
import { tablePageQuery } from "../page-query";
import { TablePage } from "../table-page";
import { fieldsRedirect } from "./columns-form";
import { pageOf, tablePageView } from "./view";

export async function tablePage(c: AppContext): Promise<Response> {
  const { meta } = await requireDataset(c.var.store, c.req.param("dataset") ?? "");
  const id = c.req.param("table") ?? "";
  const table = await c.var.store.getTable(meta.id, id);
  if (!table) return notFound(c, `No table '${id}' in dataset '${meta.id}'.${didYouMean(id, meta.tables.map((t) => t.id))} Tables: ${listSome(meta.tables.map((t) => t.id))}.`);
  const url = c.var.url;
  // The column chooser's form names _fields once per column: the same query, written as the API writes it.
  const joined = fieldsRedirect(url);
  if (joined) return new Response(null, { status: 302, headers: { Location: joined } });
  const params = url.searchParams;
  const query = tablePageQuery(params, table.columns);
  // The API's scope and key: a cursor of this page is one of the JSON API for the same query, and back.
  const key = queryKey(`${meta.id}/${table.meta.id}`, params);
  const page = pageOf(params, query, resolvePage(query, "json", meta.version, key)!);
  return htmlResponse(c.req.raw, meta.version, () => {
    const context = pageContextOf(c.var.url);
    return renderDocument(<TablePage view={tablePageView(table, params, query, page, key, context.lang)} />, context);
  });
}
