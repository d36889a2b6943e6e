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
import { En } from "../layout";
import { formatWan } from "../money";
import { apiPaths } from "../paths";
import { truncate } from "../text";
import { href, reselect } from "./links";
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
  const sortWords = state === "ascending" ? "，升序 sorted ascending" : state === "descending" ? "，降序 sorted descending" : "";
  // nofollow: each sort of each selection is a URL of its own; crawlers need not walk them all.
  return (
    <th scope="col" class={numeric(column) ? "num" : undefined} aria-sort={state ?? undefined} data-column={column.name}>
      <a href={link} rel="nofollow" title={`按${column.label}排序 Sort by ${column.name}${sortWords}`}>
        {column.label}
        {column.type === "amount" && `（${unit}）`}
      </a>
      {state && (
        <span class="sort-mark" aria-hidden="true">
          {state === "ascending" ? " ▲" : " ▼"}
        </span>
      )}
      <br />
      <En>{column.name}</En>
    </th>
  );
}

function Cell({ column, value, view }: { column: ColumnDef; value: PublishedValue | undefined; view: TablePageView }) {
  if (value === null || value === undefined) return <td class={numeric(column) ? "num" : undefined}></td>;
  if (column.type === "amount") return <td class="num">{formatWan(value as number)}</td>;
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
  if (column.valueLabels) {
    const label = valueLabel(column, text);
    return (
      <td>
        {label}
        {label !== text && (
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
  if (column.type === "text") return <td class="long">{truncate(text, TEXT_CHARS)}</td>;
  if (text.length > ONE_LINE_CHARS) {
    return (
      <td class={column.type === "code" ? "code" : undefined} title={text}>
        {truncate(text, ONE_LINE_CHARS)}
      </td>
    );
  }
  return <td class={column.type === "code" ? "code" : undefined}>{text}</td>;
}

export function RowsTable({ view, unit }: { view: TablePageView; unit: string }) {
  const { columns } = view;
  return (
    <div class="scroll" role="region" aria-label="数据行 Rows" tabindex={0}>
      <table id="rows">
        <thead>
          <tr>
            {columns.map((c) => (
              <HeaderCell view={view} column={c} unit={unit} />
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr>
              {columns.map((c) => (
                <Cell column={c} value={row[c.name]} view={view} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
