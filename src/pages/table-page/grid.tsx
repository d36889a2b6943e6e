/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The rows as an HTML table, laid out by column type from the schema: headers in Chinese
 * (amounts with their unit) with the column name beside, as sort links; coded values by
 * their Chinese label with the code beside; amounts right-aligned in the site's format;
 * a blank cell stays empty.
 */
import type { PublishedRow, PublishedValue } from "../../schema/bundle";
import { valueLabel, type ColumnDef } from "../../schema/columns";
import { useLang } from "../lang";
import { Bi } from "../layout";
import { formatWan } from "../../lib/money";
import { TABLES } from "../../schema/tables";
import { apiPaths, pagePaths } from "../paths";
import { truncate } from "../text";
import { href, QUERY_FORM, reselect } from "./links";
import { sortState, toggledSort } from "./sort-links";
import type { TablePageView } from "./view";

/** Long texts (project descriptions …) are cut in the grid; the downloads and the row's JSON have them whole. */
export const TEXT_CHARS = 80;
/** Cells stay on one line, so a row reads across: longer codes (relation ids …) are cut, whole in their title. */
const ONE_LINE_CHARS = 32;

const numeric = (c: ColumnDef) => c.type === "amount" || c.type === "integer" || c.type === "number";

function HeaderCell({ view, column, unit }: { view: TablePageView; column: ColumnDef; unit: string }) {
  const state = sortState(view.sort, column.name);
  const link = href(view.path, reselect(view.pairs, { set: ["_sort", toggledSort(view.sort, column.name)] }));
  const en = useLang() === "en";
  const sortWords = state === "ascending" ? (en ? ", sorted ascending" : "，现为升序") : state === "descending" ? (en ? ", sorted descending" : "，现为降序") : "";
  // nofollow: each sort of each selection is a URL of its own; crawlers need not walk them all.
  return (
    <th scope="col" class={numeric(column) ? "num" : column.name === view.label ? "label" : undefined} aria-sort={state ?? undefined} data-column={column.name}>
      {view.long ? (
        // A long query is carried once, by the page's query form; the header names only what changes.
        <button class="link" type="submit" form={QUERY_FORM} name="_sort" value={toggledSort(view.sort, column.name)} title={en ? `Sort by ${column.name}${sortWords}` : `按“${column.label}”排序${sortWords}`}>
          {column.label}
          {column.type === "amount" && `（${unit}）`}
        </button>
      ) : (
        <a href={link} rel="nofollow" title={en ? `Sort by ${column.name}${sortWords}` : `按“${column.label}”排序${sortWords}`}>
          {column.label}
          {column.type === "amount" && `（${unit}）`}
        </a>
      )}
      {state && (
        <span class="sort-mark" aria-hidden="true">
          {state === "ascending" ? " ▲" : " ▼"}
        </span>
      )}
      {en && (
        <>
          <br />
          <span lang="en" class="en">
            {column.name}
          </span>
        </>
      )}
    </th>
  );
}

function Cell({ column, value, view }: { column: ColumnDef; value: PublishedValue | undefined; view: TablePageView & { row?: PublishedRow } }) {
  if (value === null || value === undefined) return <td class={numeric(column) ? "num" : undefined}></td>;
  if (column.type === "amount") return <td class="num">{formatWan(value as number)}</td>;
  // Provenance: a line of the source document opens the source page on that line, highlighted. A row names its
  // file when _fields keeps source_file; without it, only the classifications table reads rows of another file.
  const file = view.row?.source_file ?? (view.table.meta.id === TABLES.classifications.id ? null : view.table.dataset.source.file);
  if (column.name === "source_line" && file === view.table.dataset.source.file) {
    return (
      <td class="num">
        <a href={pagePaths.source(view.table.dataset.id, Number(value))}>{String(value)}</a>
      </td>
    );
  }
  if (numeric(column)) return <td class="num">{String(value)}</td>;
  const text = String(value);
  if (column.name === "id") {
    const { dataset, meta } = view.table;
    return (
      <td class="code">
        <a href={apiPaths.row(dataset.id, meta.id, text)}>{text}</a>
      </td>
    );
  }
  if (column.name === view.label) {
    // The row's name: one line, cut with an ellipsis (whole in its title), kept in view while the amounts scroll.
    // A project's name (on projects, and on the tables of a project's rows) opens its page.
    const projectId = view.table.meta.id === "projects" ? view.row?.id : view.row?.project_id;
    const project = typeof projectId === "string" && projectId ? pagePaths.project(view.table.dataset.id, projectId) : null;
    return (
      <th scope="row" class="label" title={text}>
        {project ? (
          <a href={project}>
            <bdi>{text}</bdi>
          </a>
        ) : (
          <bdi>{text}</bdi>
        )}
      </th>
    );
  }
  if (column.valueLabels) {
    const label = valueLabel(column, text);
    return (
      <td>
        {label}
        {useLang() === "en" && label !== text && (
          <>
            {" "}
            <code lang="en" class="muted">
              {text}
            </code>
          </>
        )}
      </td>
    );
  }
  if (column.type === "text")
    return (
      <td class="long" title={truncate(text, 400)}>
        <bdi>{truncate(text, TEXT_CHARS)}</bdi>
      </td>
    );
  if (text.length > ONE_LINE_CHARS) {
    return (
      <td class={column.type === "code" ? "code" : undefined} title={text}>
        <bdi>{truncate(text, ONE_LINE_CHARS)}</bdi>
      </td>
    );
  }
  return column.type === "code" ? <td class="code">{text}</td> : (
    <td>
      <bdi>{text}</bdi>
    </td>
  );
}

/** A row's long texts, folded: "展开" opens them (no script: a details element). */
function Folded({ row, columns }: { row: PublishedRow; columns: readonly ColumnDef[] }) {
  const texts = columns.filter((c) => row[c.name] !== null && row[c.name] !== undefined && row[c.name] !== "");
  if (texts.length === 0) return <td class="more"></td>;
  return (
    <td class="more">
      <details>
        <summary>
          <Bi zh="展开" en="more" />
        </summary>
        <dl class="folded">
          {texts.map((c) => (
            <>
              <dt>{c.label}</dt>
              <dd>
                <bdi>{truncate(String(row[c.name]), 1000)}</bdi>
              </dd>
            </>
          ))}
        </dl>
      </details>
    </td>
  );
}

export function RowsTable({ view, unit }: { view: TablePageView; unit: string }) {
  const { columns, folded } = view;
  // The folded texts sit right after the name and the amounts.
  const at = folded.length ? Math.max(1, columns.findIndex((c, i) => i > 0 && c.type !== "amount" && c.type !== "number" && c.name !== view.label)) : -1;
  const foldAt = at === -1 ? columns.length : at;
  return (
    <div class="scroll" role="region" aria-label={useLang() === "en" ? "Rows" : "数据行"} tabindex={0}>
      <table id="rows">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <>
                {folded.length > 0 && i === foldAt && (
                  <th scope="col" class="more">
                    <Bi zh="说明" en="Texts" />
                  </th>
                )}
                <HeaderCell view={view} column={c} unit={unit} />
              </>
            ))}
            {folded.length > 0 && foldAt === columns.length && (
              <th scope="col" class="more">
                <Bi zh="说明" en="Texts" />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr data-id={String(row.id)}>
              {columns.map((c, i) => (
                <>
                  {folded.length > 0 && i === foldAt && <Folded row={row} columns={folded} />}
                  <Cell column={c} value={row[c.name]} view={{ ...view, row }} />
                </>
              ))}
              {folded.length > 0 && foldAt === columns.length && <Folded row={row} columns={folded} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
