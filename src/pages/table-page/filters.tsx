/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The active filters as removable chips, and the facets as value → count links. */
import { valueLabel } from "../../schema/columns";
import { useLang } from "../lang";
import { Bi, En } from "../layout";
import type { Facet, FacetValue } from "./facets";
import { href, QUERY_FORM, reselect, type Pair } from "./links";
import type { TablePageView } from "./view";

const same = (a: Pair, b: Pair) => a[0] === b[0] && a[1] === b[1];

export function Chips({ view }: { view: TablePageView }) {
  const en = useLang() === "en";
  if (view.chips.length === 0) return null;
  return (
    <div class="chips" id="active-filters">
      <span class="muted">
        <Bi zh="筛选条件" en="Filters" />：
      </span>
      <ul>
        {view.chips.map((chip) => (
          <li>
            <a class="chip" href={href(view.path, chip.without)} title={en ? `Remove ${chip.param}` : "去掉这个条件"} data-param={chip.param}>
              <bdi>{chip.column.label}</bdi> <bdi>{en ? chip.conditionEn : chip.condition}</bdi> <span aria-hidden="true">×</span>
              <span class="visually-hidden">{en ? "(remove)" : "（去掉）"}</span>
            </a>
          </li>
        ))}
      </ul>
      {view.chips.length > 1 && (
        <a href={href(view.path, view.chips.reduce((pairs, chip) => reselect(pairs, { remove: chip.filter }), view.pairs))} class="clear" id="clear-filters">
          <Bi zh="清除全部" en="clear all" />
        </a>
      )}
    </div>
  );
}

function ValueLink({ view, facet, v }: { view: TablePageView; facet: Facet; v: FacetValue }) {
  const active = view.pairs.some((p) => same(p, v.filter));
  const en = useLang() === "en";
  const label = v.value === null ? (en ? "(blank)" : "（空白）") : valueLabel(facet.column, v.value);
  if (view.long) {
    // A long query is carried once, by the page's query form: a value adds its filter; an active one is removed by its chip.
    return (
      <li>
        {active ? (
          <strong class="on" data-value={v.value ?? ""}>
            <bdi>{label}</bdi>
          </strong>
        ) : (
          <button class="link" type="submit" form={QUERY_FORM} name={v.filter[0]} value={v.filter[1]} data-value={v.value ?? ""}>
            <bdi>{label}</bdi>
          </button>
        )}{" "}
        <span class="count">{v.count.toLocaleString("en-US")}</span>
      </li>
    );
  }
  const link = href(view.path, reselect(view.pairs, active ? { remove: v.filter } : { add: v.filter }));
  return (
    <li>
      {/* nofollow: every combination of filters is a URL of its own; crawlers need not walk them all. */}
      <a href={link} rel="nofollow" aria-current={active ? "true" : undefined} class={active ? "on" : undefined} data-value={v.value ?? ""}>
        <bdi>{label}</bdi>
        {en && v.value !== null && label !== v.value && (
          <>
            {" "}
            <code lang="en">{v.value}</code>
          </>
        )}
      </a>{" "}
      <span class="count">{v.count.toLocaleString("en-US")}</span>
    </li>
  );
}

export function Facets({ view }: { view: TablePageView }) {
  if (view.facets.length === 0) return null;
  // Above the rows, as in Datasette; a details element, so a reader can fold them away without a script.
  return (
    <details class="facets-box" open>
      <summary id="facets">
        <Bi zh="筛选" en="Filter by value" />
      </summary>
      <p class="note">
        <Bi zh="每个值后面是符合当前条件的行数；点一下按这个值筛选，再点一下取消。" en="Each value with its number of matching rows; follow one to filter by it, again to drop it." />
      </p>
      <div class="facets">
        {view.facets.map((facet) => (
          <div class="facet" data-column={facet.column.name}>
            <h2>
              <bdi>{facet.column.label}</bdi> <En>{facet.column.name}</En>
            </h2>
            <ul>
              {facet.values.map((v) => (
                <ValueLink view={view} facet={facet} v={v} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
