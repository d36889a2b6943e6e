/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/** The headline figures: total expenditure, its groups with their shares, revenue items and sources of funds. */
import { Bi, En } from "../layout";
import { formatCents, formatYuanOfCents, percent } from "../money";
import type { Figure, Overview } from "../overview";

function FigureList({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <div class="scroll" role="region" aria-label={label} tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">项目 <span lang="en">Item</span></th>
            <th scope="col" class="num">金额（万元） <span lang="en">Amount</span></th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr class={f.emphasis ? "sum" : undefined}>
              <th scope="row">{f.label}</th>
              <td class="num">{formatCents(f.cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A stacked bar of the groups (e.g. basic vs project expenditure), in percent of the total. */
function GroupBar({ groups, total }: { groups: Figure[]; total: number }) {
  let x = 0;
  const classes = ["bar-basic", "bar-project", "bar-section"];
  return (
    <svg
      role="img"
      class="groups"
      aria-label={groups.map((g) => `${g.label} ${formatCents(g.cents)} 万元（${percent(g.cents, total)}）`).join("；")}
      width="100%"
      height="22"
      id="chart-groups"
    >
      <title>支出结构 Expenditure by group</title>
      {groups.map((g, i) => {
        const w = total > 0 ? Math.round((g.cents * 10000) / total) / 100 : 0;
        const rect = <rect class={`bar-group ${classes[i % classes.length]}`} x={`${x}%`} y="0" width={`${w}%`} height="22" />;
        x = Math.round((x + w) * 100) / 100;
        return rect;
      })}
    </svg>
  );
}

export function OverviewSection({ overview, unit }: { overview: Overview; unit: string }) {
  const { total, groups, revenue, funds } = overview;
  return (
    <section aria-labelledby="overview">
      <h2 id="overview">
        <Bi zh="概览" en="Overview" />
      </h2>
      {total === null ? (
        <p>
          <Bi zh="本数据集没有部门收支总表。" en="This dataset has no revenue and expenditure summary table." />
        </p>
      ) : (
        <>
          <ul class="cards">
            <li class="card big" id="headline-total">
              <span class="k">
                支出合计 <En>Total expenditure</En>
              </span>
              <span class="v">
                <data value={String(total.cents / 100)}>{formatCents(total.cents)}</data> <span class="u">{unit}</span>
              </span>
              <span class="s">
                = {formatYuanOfCents(total.cents)} 元 <En>yuan</En>
              </span>
            </li>
            {groups.map((g) => (
              <li class="card">
                <span class="k">{g.label}</span>
                <span class="v">
                  {formatCents(g.cents)} <span class="u">{unit}</span>
                </span>
                <span class="s">
                  {percent(g.cents, total.cents)} <En>of the total</En>
                </span>
              </li>
            ))}
          </ul>
          {groups.length > 1 && (
            <div class="chart">
              <GroupBar groups={groups} total={total.cents} />
              <ul class="legend">
                {groups.map((g, i) => (
                  <li>
                    <svg width="14" height="14" aria-hidden="true">
                      <rect class={["bar-basic", "bar-project", "bar-section"][i % 3]} width="14" height="14" />
                    </svg>
                    {g.label} {percent(g.cents, total.cents)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {(revenue.length > 0 || funds.length > 0) && (
        <div class="cols">
          {revenue.length > 0 && (
            <div>
              <h3>
                <Bi zh="收入来源" en="Revenue" />
              </h3>
              <FigureList figures={revenue} label="收入来源 Revenue" />
            </div>
          )}
          {funds.length > 0 && (
            <div>
              <h3>
                <Bi zh="支出合计的资金来源" en="Total expenditure by source of funds" />
              </h3>
              <FigureList figures={funds} label="资金来源 Sources of funds" />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
