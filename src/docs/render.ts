/**
 * /docs: a readable reference rendered from the OpenAPI document alone: routes grouped by
 * tag, a parameter table per route, curl examples with real responses, the tables and their
 * columns (from the examples), and the problem types.
 */
import { exampleNames } from "../openapi/example-url";
import type { Example, MediaType, OpenApiDocument, Operation, Ref, ResponseObject } from "../openapi/types";
import { html, inline, prose, trusted, type Html } from "./markup";
import { curlCommand, schemaText } from "./schema-text";
import { DOCS_CSS } from "./style";

function resolve(doc: OpenApiDocument, r: ResponseObject | Ref): ResponseObject {
  if (!("$ref" in r)) return r;
  const name = r.$ref.split("/").pop() ?? "";
  return doc.components.responses[name] ?? { description: r.$ref };
}

function anchor(op: Operation): string {
  return `op-${op.operationId}`;
}

function pretty(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

function parametersTable(op: Operation): Html {
  if (op.parameters.length === 0) return html`<p class="muted">No parameters. 无参数。</p>`;
  return html`<div class="table"><table class="stack">
<thead><tr><th scope="col">Name 名称</th><th scope="col">In 位置</th><th scope="col">Type 类型</th><th scope="col">Description 说明</th></tr></thead>
<tbody>${op.parameters.map(
    (p) => html`<tr><td><code>${p.name === "filters" ? "col, col__op" : p.name}</code>${p.required ? html` <strong>required</strong>` : ""}</td><td>${p.in}</td><td>${schemaText(p.schema)}</td><td>${inline(p.description)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Success responses one per row; the problem responses in one row that links to the list of errors. */
function responsesTable(doc: OpenApiDocument, op: Operation): Html {
  const entries = Object.entries(op.responses);
  const ok = entries.filter(([status]) => Number(status) < 400);
  const problems = entries.filter(([status]) => Number(status) >= 400).map(([status]) => status);
  const problemMedia = [...new Set(entries.filter(([status]) => Number(status) >= 400).flatMap(([, r]) => Object.keys(resolve(doc, r).content ?? {})))];
  return html`<div class="table"><table>
<thead><tr><th scope="col">Status 状态</th><th scope="col">Media type 格式</th><th scope="col">Meaning 含义</th></tr></thead>
<tbody>${ok.map(([status, r]) => {
    const res = resolve(doc, r);
    return html`<tr><td>${status}</td><td>${Object.keys(res.content ?? {}).map((m, i) => html`${i ? ", " : ""}<code>${m}</code>`)}</td><td>${inline(res.description)}</td></tr>`;
  })}${problems.length ? html`<tr><td>${problems.join(" ")}</td><td>${problemMedia.map((m) => html`<code>${m}</code>`)}</td><td>A problem body: see <a href="#errors">Errors 错误</a>.</td></tr>` : ""}</tbody></table></div>`;
}

/** The example's response in whichever media type holds it. */
function exampleResponse(doc: OpenApiDocument, op: Operation, name: string): { media: string; example: Example } | null {
  const ok = op.responses["200"];
  if (!ok) return null;
  for (const [media, content] of Object.entries(resolve(doc, ok).content ?? {}) as [string, MediaType][]) {
    const example = content.examples?.[name];
    if (example) return { media, example };
  }
  return null;
}

function examples(doc: OpenApiDocument, template: string, op: Operation, origin: string): Html {
  const names = exampleNames(op);
  const [first, ...rest] = names;
  const firstResponse = exampleResponse(doc, op, first);
  const command = (name: string) => html`<pre class="curl"><code>${curlCommand(origin, template, op, name)}</code></pre>`;
  return html`<h4>Example 示例${firstResponse?.example.summary ? html`: ${firstResponse.example.summary}` : ""}</h4>
${command(first)}
${firstResponse ? html`<details><summary>Response 响应 (<code>${firstResponse.media}</code>)</summary><pre class="body"><code>${pretty(firstResponse.example.value)}</code></pre></details>` : ""}
${rest.length ? html`<details><summary>More examples 更多示例 (${rest.length})</summary>${rest.map((name) => html`<p>${exampleResponse(doc, op, name)?.example.summary ?? name}</p>${command(name)}`)}</details>` : ""}`;
}

function operationSection(doc: OpenApiDocument, template: string, op: Operation, origin: string): Html {
  return html`<section id="${anchor(op)}">
<h3><span class="method">GET</span><code>${template}</code></h3>
${prose(op.description)}
<h4>Parameters 参数</h4>
${parametersTable(op)}
<h4>Responses 响应</h4>
${responsesTable(doc, op)}
${examples(doc, template, op, origin)}
</section>`;
}

/** The tables with their columns, from the JSON examples of the operation that lists a table's rows. */
function tablesSection(doc: OpenApiDocument): Html {
  const seen = new Set<string>();
  const tables: { id: string; title: string; columns: Record<string, unknown>[] }[] = [];
  for (const item of Object.values(doc.paths)) {
    const ok = item.get.responses["200"];
    const content = ok ? resolve(doc, ok).content?.["application/json"] : undefined;
    for (const [name, example] of Object.entries(content?.examples ?? {})) {
      const v = example.value as { table?: unknown; title_zh?: unknown; columns?: unknown; rows?: unknown } | null;
      if (!v || v.table !== name || !Array.isArray(v.columns) || !Array.isArray(v.rows) || seen.has(name)) continue;
      seen.add(name);
      tables.push({ id: name, title: String(v.title_zh ?? ""), columns: v.columns as Record<string, unknown>[] });
    }
  }
  if (tables.length === 0) return html``;
  return html`<h2 id="tables">Tables and columns 表与字段</h2>
<p>Column names are what filters, <code>_sort</code> and <code>_fields</code> take; amounts are in 万元 unless <code>_unit=yuan</code>.</p>
${tables.map(
    (t) => html`<details id="table-${t.id}"><summary><code>${t.id}</code> ${t.title}</summary><div class="table"><table class="stack">
<thead><tr><th scope="col">Column 字段</th><th scope="col">Label 中文名</th><th scope="col">Type 类型</th><th scope="col">Description 说明</th></tr></thead>
<tbody>${t.columns.map((c) => html`<tr><td><code>${String(c.name)}</code></td><td>${String(c.label ?? "")}</td><td>${String(c.type ?? "")}${c.unit ? html` (${String(c.unit)})` : ""}</td><td>${String(c.description ?? "")}</td></tr>`)}</tbody>
</table></div></details>`,
  )}`;
}

function problemsSection(doc: OpenApiDocument): Html {
  const rows = Object.values(doc.components.responses).map((r) => {
    const example = Object.values(r.content ?? {})[0]?.examples;
    const body = Object.values(example ?? {})[0]?.value as { status?: number; type?: string } | undefined;
    return html`<tr><td>${body?.status ?? ""}</td><td><code>${body?.type ?? ""}</code></td><td>${inline(r.description)}</td></tr>`;
  });
  return html`<h2 id="errors">Errors 错误</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457): <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, and <code>errors</code> naming each bad parameter. 所有错误均为同一格式。</p>
<div class="table"><table><thead><tr><th scope="col">Status 状态</th><th scope="col">Type 类型</th><th scope="col">Meaning 含义</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The whole page, with commands for a server at `origin` (the document's server URL is relative). */
export function renderDocs(doc: OpenApiDocument, openApiPath: string, origin: string): string {
  const entries = Object.entries(doc.paths).map(([template, item]) => ({ template, op: item.get }));
  const byTag = doc.tags.map((tag) => ({ tag, ops: entries.filter((e) => e.op.tags.includes(tag.name)) })).filter((g) => g.ops.length);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · ${doc.info.title}</title>
<style>${trusted(DOCS_CSS)}</style>
</head>
<body>
<header class="top"><div class="wrap">
<h1>${doc.info.title}</h1>
<p class="muted">API reference 接口文档 · ${doc.info.version}</p>
</div></header>
<main class="wrap">
${prose(doc.info.description)}
<p>Server 服务器: <code>${origin}</code>. Machine-readable 机器可读: <a href="${openApiPath}"><code>${openApiPath}</code></a> (OpenAPI 3.1) — give its URL, <code>${origin}${openApiPath}</code>, to a client generator. Every command below can be pasted into a terminal; every response shown is a real one (lists cut to their first items).</p>
<nav aria-label="Contents 目录"><h2>Contents 目录</h2>
${byTag.map(({ tag, ops }) => html`<h3><a href="#tag-${tag.name}">${tag.description}</a></h3><ul>${ops.map(({ template, op }) => html`<li><a href="#${anchor(op)}"><code>${template}</code></a> — ${op.summary}</li>`)}</ul>`)}
<ul><li><a href="#tables">Tables and columns 表与字段</a></li><li><a href="#errors">Errors 错误</a></li></ul>
</nav>
${byTag.map(({ tag, ops }) => html`<h2 id="tag-${tag.name}">${tag.description}</h2>${ops.map(({ template, op }) => operationSection(doc, template, op, origin))}`)}
${tablesSection(doc)}
${problemsSection(doc)}
</main>
<footer class="wrap"><p class="muted">Generated from <a href="${openApiPath}"><code>${openApiPath}</code></a>.</p></footer>
</body>
</html>
`.toString();
}
