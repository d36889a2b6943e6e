/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The source document line by line: each line's number (a link to itself), what it is, its
 * text with its cells apart, and the rows it became. A row's provenance link lands here on its
 * line, highlighted, so any figure can be checked against the document in one click.
 */
import type { DatasetRecord } from "../data/store";
import type { PublishedRow } from "../schema/bundle";
import { LINE_ROLE_LABELS, type LineRole } from "../schema/columns";
import { TABLES } from "../schema/tables";
import { Crumbs } from "./crumbs";
import { En, Layout, PageTitle } from "./layout";
import { pagePaths } from "./paths";

const TITLES = new Map(Object.values(TABLES).map((t) => [t.id, t.titleZh]));

/** Where a row of a table is shown: a project's page, or the table filtered to the row. */
function rowHref(dataset: string, table: string, id: string): string {
  if (table === TABLES.projects.id) return pagePaths.project(dataset, id);
  return `${pagePaths.table(dataset, table)}?id=${encodeURIComponent(id)}`;
}

function Became({ dataset, line }: { dataset: string; line: PublishedRow }) {
  const table = typeof line.table === "string" ? line.table : null;
  const ids = typeof line.row_ids === "string" ? line.row_ids.split(",") : [];
  if (!table) return null;
  return (
    <>
      <a href={pagePaths.table(dataset, table)}>{TITLES.get(table) ?? table}</a>
      {ids.map((id) => (
        <>
          {" "}
          <a href={rowHref(dataset, table, id)} class="code">
            {id}
          </a>
        </>
      ))}
    </>
  );
}

export function SourcePage({ record, lines }: { record: DatasetRecord; lines: readonly PublishedRow[] }) {
  const { meta } = record;
  const printed = lines.filter((l) => l.role !== "blank").length;
  return (
    <Layout title={`原文逐行 · ${meta.title_zh}`} description={`${meta.title_zh}：原文 ${lines.length} 行，逐行标明作用和读入的表。`}>
      <Crumbs meta={meta} section="source">
        原文逐行 <span lang="en">Source</span>
      </Crumbs>
      <PageTitle zh="原文逐行" en={`The source document, line by line · ${meta.title_en}`} />
      <p>
        这是公开文件（PDF 导出的文本 <span class="code">{meta.source.file}</span>）的全部 {lines.length} 行，其中 {printed} 行有内容。每一行都标明它的作用（表题、表头、数据行、字段……）和读入了哪张表的哪一行；
        有修正的行注明修正类型。点行号可得到这一行的链接；表格页中每行的“来源行”都链接到这里。{" "}
        <En>Every line of the document, with what it is and the rows it became; a row's source line links here.</En>
      </p>
      <table class="source">
        <thead>
          <tr>
            <th scope="col">行</th>
            <th scope="col">作用</th>
            <th scope="col">原文</th>
            <th scope="col">读入</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const n = Number(l.source_line);
            const role = String(l.role) as LineRole;
            const cells = typeof l.text === "string" ? l.text.split("\t") : [];
            return (
              <tr id={`L${n}`} class={role === "blank" ? "blank" : undefined}>
                <td class="num">
                  <a href={`#L${n}`}>{n}</a>
                </td>
                <td>
                  {LINE_ROLE_LABELS[role] ?? role}
                  {typeof l.corrections === "string" ? <span class="fix" title={l.corrections}> · 已修正</span> : null}
                </td>
                <td class="text" dir="auto">
                  {cells.map((c, i) => (
                    <>
                      {i ? <span class="sep"> │ </span> : null}
                      {c}
                    </>
                  ))}
                </td>
                <td>
                  <Became dataset={meta.id} line={l} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Layout>
  );
}
