/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The column chooser, without script: a GET form of checkboxes named `_fields`, the page's
 * other parameters (filters, sort, size) carried as hidden fields. A browser sends one
 * `_fields` per box ticked; the page answers that with a redirect to the same query with
 * `_fields` joined by commas (fieldsRedirect), the API's own spelling.
 */
import { useLang } from "../lang";
import { Bi } from "../layout";
import { href, type Pair } from "./links";
import type { TablePageView } from "./view";

export function ColumnsForm({ view }: { view: TablePageView }) {
  const en = useLang() === "en";
  const shown = new Set(view.columns.map((c) => c.name));
  const kept = view.pairs.filter(([k]) => k !== "_fields" && k !== "_next");
  return (
    <details class="fields-box" id="choose-columns">
      <summary>
        <Bi zh="选择显示的列" en="Choose columns" />
      </summary>
      <form method="get" action={view.path}>
        {kept.map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        <fieldset>
          <legend>
            <Bi zh="勾选要显示的列，按表中顺序显示" en="Tick the columns to show" />
          </legend>
          {view.allColumns.map((c) => (
            <label>
              <input type="checkbox" name="_fields" value={c.name} checked={shown.has(c.name)} /> {en ? c.name : c.label}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit">
            <Bi zh="显示所选的列" en="Show these columns" />
          </button>{" "}
          {view.chosen && (
            <a href={href(view.path, kept as Pair[])} id="default-columns">
              <Bi zh="恢复默认的列" en="Back to the default columns" />
            </a>
          )}
        </p>
      </form>
    </details>
  );
}

/**
 * The canonical URL of a query a page's form wrote (or null for any other): `_fields` named
 * once per box ticked, joined by commas; `_sort` named twice (a long query's form carries the
 * current sort, the header's button the new one), the last kept.
 */
export function fieldsRedirect(url: URL): string | null {
  const fields = url.searchParams.getAll("_fields");
  const sorts = url.searchParams.getAll("_sort");
  if (fields.length < 2 && sorts.length < 2) return null;
  const params = new URLSearchParams([...url.searchParams].filter(([k]) => k !== "_fields" && k !== "_sort"));
  if (fields.length) params.set("_fields", fields.join(","));
  if (sorts.length) params.set("_sort", sorts.at(-1)!);
  return `${url.pathname}?${params.toString()}`;
}
