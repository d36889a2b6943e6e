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
import { Bi, Layout, PageTitle } from "./layout";
import { tr, useLang } from "./lang";

const TITLES = new Map(Object.values(TABLES).map((t) => [t.id, t.titleZh]));

/**
 * Where a row of a table is shown, relative to this page at /datasets/{id}/source (it holds 1,600 lines and more:
 * short links keep it small): a project's page, or the table filtered to the row.
 */
function rowHref(table: string, id: string): string {
  if (table === TABLES.projects.id) return `projects/${encodeURIComponent(id)}`;
  return `tables/${encodeURIComponent(table)}?id=${encodeURIComponent(id)}`;
}

function Became({ line }: { line: PublishedRow }) {
  const table = typeof line.table === "string" ? line.table : null;
  const ids = typeof line.row_ids === "string" ? line.row_ids.split(",") : [];
  if (!table) return null;
  if (!ids.length) return <a href={`tables/${encodeURIComponent(table)}`}>{TITLES.get(table) ?? table}</a>;
  return (
    <>
      {ids.map((ref, i) => {
        // `table/id` names a row of another table than the line's (the other side of a 收支 table).
        const [t, id] = ref.includes("/") ? (ref.split("/", 2) as [string, string]) : [table, ref];
        return (
          <>
            {i ? " " : null}
            <a href={rowHref(t, id)} title={TITLES.get(t) ?? t}>
              {id}
            </a>
          </>
        );
      })}
    </>
  );
}

/** The lines in runs, one from each printed title (a page of a table, a sheet), so the title heads its lines. */
function byPage(lines: readonly PublishedRow[]): { section: string | null; lines: PublishedRow[] }[] {
  const runs: { section: string | null; lines: PublishedRow[] }[] = [];
  for (const l of lines) {
    const last = runs.at(-1);
    if (last && l.role !== "title") last.lines.push(l);
    else runs.push({ section: typeof l.section === "string" ? l.section : null, lines: [l] });
  }
  return runs;
}

/** A line's cells apart (│ between them), trailing empty cells left out. */
function cellsOf(text: string): string {
  const cells = text.split("\t");
  while (cells.length && !cells.at(-1)!.trim()) cells.pop();
  return cells.join(" │ ");
}

export function SourcePage({ record, lines }: { record: DatasetRecord; lines: readonly PublishedRow[] }) {
  const { meta } = record;
  const printed = lines.filter((l) => l.role !== "blank").length;
  const english = useLang() === "en";
  return (
    <Layout title={`${tr("原文逐行", "Source document")} · ${meta.title_zh}`} description={tr(`${meta.title_zh}：原文 ${lines.length} 行，逐行标明作用和读入的表。`, `${meta.title_en}: the ${lines.length} lines of the document, each with its role and the rows it became.`)}>
      <Crumbs meta={meta} section="source">
        {tr("原文逐行", "Source document")}
      </Crumbs>
      <PageTitle zh="原文逐行" en={`The source document, line by line · ${meta.title_en}`} />
      <p>
        <Bi
          zh={<>这是公开文件（PDF 导出的文本，文件 <span class="code">{meta.source.file}</span>）的全部 {lines.length} 行，其中 {printed} 行有内容。每一行都标明它的作用（表题、表头、数据行、字段……）和读入了哪张表的哪一行；有修正的行注明“已修正”。点行号可得到这一行的链接；表格页中每行的“来源行”都链接到这里。</>}
          en={<>All {lines.length} lines of the published document (the text of its PDF, file <span class="code">{meta.source.file}</span>), {printed} of them with content. Each line says what it is (title, header, data row, field …) and which rows of which table it became; a corrected line says so. A line's number links to it, and every row's source line on the table pages links here.</>}
        />
      </p>
      <table class="source">
        <thead>
          <tr>
            <th scope="col">{tr("行", "Line")}</th>
            <th scope="col">{tr("作用", "Role")}</th>
            <th scope="col">{tr("原文（│ 分隔各栏）", "Text (│ between cells)")}</th>
            <th scope="col">{tr("读入的行", "Rows it became")}</th>
          </tr>
        </thead>
        {byPage(lines).map((run) => (
          <tbody>
            {run.section ? (
              <tr class="section">
                <th colspan={4} scope="rowgroup">
                  {run.section}
                </th>
              </tr>
            ) : null}
            {run.lines.map((l) => {
              const n = Number(l.source_line);
              const role = String(l.role) as LineRole;
              if (role === "blank") {
                return (
                  <tr id={`L${n}`} class="blank">
                    <td>{n}</td>
                  </tr>
                );
              }
              return (
                <tr id={`L${n}`}>
                  <td>
                    <a href={`#L${n}`}>{n}</a>
                  </td>
                  <td>
                    {english ? role : (LINE_ROLE_LABELS[role] ?? role)}
                    {typeof l.corrections === "string" ? <span class="fix" title={l.corrections}> {english ? "corrected" : "已修正"}</span> : null}
                  </td>
                  <td>{typeof l.text === "string" ? cellsOf(l.text) : null}</td>
                  <td>
                    <Became line={l} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </Layout>
  );
}
