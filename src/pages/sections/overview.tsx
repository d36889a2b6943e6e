/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The headline figures: total expenditure, its groups with their shares, how 项目支出 relates
 * to the project sheets, revenue items, sources of funds and the three public expenses.
 * Labels that are glossary terms link to their entry.
 */
import { tr } from "../lang";
import { Term, TermLabel } from "../glossary/term";
import { Bi, En, Zh } from "../layout";
import { centsToWan, formatCentsGrouped, formatYuanOfCents } from "../../lib/money";
import { percent } from "../shares";
import type { Figure, Overview } from "../overview";
import { explainedByCarryover, type ProjectGap } from "../project-gap";

function FigureList({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <div class="scroll" role="region" aria-label={label} tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col"><Bi zh="项目" en="Item" /></th>
            <th scope="col" class="num"><Bi zh="金额（万元）" en="Amount" /></th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr class={f.emphasis ? "sum" : undefined}>
              <th scope="row">
                <TermLabel label={f.label} />
              </th>
              <td class="num">{formatCentsGrouped(f.cents)}</td>
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
      aria-label={groups.map((g) => `${g.label} ${formatCentsGrouped(g.cents)} 万元（${percent(g.cents, total)}）`).join("；")}
      width="100%"
      height="22"
      id="chart-groups"
    >
      <title>{tr("支出结构", "Expenditure by group")}</title>
      {groups.map((g, i) => {
        const w = total > 0 ? Math.round((g.cents * 10000) / total) / 100 : 0;
        const rect = <rect class={`bar-group ${classes[i % classes.length]}`} x={`${x}%`} y="0" width={`${w}%`} height="22" />;
        x = Math.round((x + w) * 100) / 100;
        return rect;
      })}
    </svg>
  );
}

/**
 * "项目支出 X = N 个项目 Y + 部门结转 Z" when the figures satisfy it exactly; otherwise the
 * difference, stated without a reason. Every number is computed from the data.
 */
export function ProjectGapNote({ gap, unit }: { gap: ProjectGap; unit: string }) {
  const diff = gap.projectCents - gap.projectsCents;
  const p = formatCentsGrouped(gap.projectCents);
  const s = formatCentsGrouped(gap.projectsCents);
  const projectTerm = <Term id="project-expenditure">{gap.projectLabel}</Term>;
  if (explainedByCarryover(gap)) {
    return (
      <p id="project-gap" class="note">
        <Zh>
          {projectTerm} {p} {unit} = {gap.count} 个项目 {s} {unit} + <Term id="carryover">{gap.carryoverLabel}</Term> {formatCentsGrouped(gap.carryoverCents!)} {unit}
          ：收入方的{gap.carryoverLabel}（上年未用完、结转到本年的资金）在本年支出，计入{gap.projectLabel}，而项目表只列本年度安排的金额。
        </Zh>
        <En>
          Project expenditure {p} = the {gap.count} project sheets {s} + the carry-over from last year {formatCentsGrouped(gap.carryoverCents!)} ({unit}): money of earlier years spent this year counts in project expenditure, while the project sheets list
          only this year's amounts.
        </En>
      </p>
    );
  }
  if (diff === 0) {
    return (
      <p id="project-gap" class="note">
        <Zh>
          {projectTerm} {p} {unit} = {gap.count} 个项目合计 {s} {unit}。
        </Zh>
        <En>Project expenditure equals the sum of the {gap.count} project sheets.</En>
      </p>
    );
  }
  return (
    <p id="project-gap" class="note">
      <Zh>
        {projectTerm} {p} {unit}，{gap.count} 个项目合计 {s} {unit}，相差 {formatCentsGrouped(diff)} {unit}。
      </Zh>
      <En>
        Project expenditure {p} and the {gap.count} project sheets {s} differ by {formatCentsGrouped(diff)} ({unit}).
      </En>
    </p>
  );
}

export interface OverviewProps {
  overview: Overview;
  unit: string;
  gap?: ProjectGap | null;
  threePublic?: { title: string; cents: number | null } | null;
}

export function OverviewSection({ overview, unit, gap, threePublic }: OverviewProps) {
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
                <Bi zh="支出合计" en="Total expenditure" />
              </span>
              <span class="v">
                <data value={String(centsToWan(total.cents))}>{formatCentsGrouped(total.cents)}</data> <span class="u">{unit}</span>
              </span>
              <span class="s">
                = {formatYuanOfCents(total.cents)} 元 <En>yuan</En>
              </span>
            </li>
            {groups.map((g) => (
              <li class="card">
                <span class="k">
                  <TermLabel label={g.label} />
                </span>
                <span class="v">
                  {formatCentsGrouped(g.cents)} <span class="u">{unit}</span>
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
          {gap && <ProjectGapNote gap={gap} unit={unit} />}
        </>
      )}
      {(revenue.length > 0 || funds.length > 0) && (
        <div class="cols">
          {revenue.length > 0 && (
            <div>
              <h3>
                <Bi zh="收入来源" en="Revenue" />
              </h3>
              <FigureList figures={revenue} label={tr("收入来源", "Revenue")} />
            </div>
          )}
          {funds.length > 0 && (
            <div>
              <h3>
                <Bi zh="支出合计的资金来源" en="Total expenditure by source of funds" />
              </h3>
              <FigureList figures={funds} label={tr("资金来源", "Sources of funds")} />
            </div>
          )}
        </div>
      )}
      {threePublic && (
        <p id="three-public">
          <Term id="three-public-expenses" />（{threePublic.title}）：
          {threePublic.cents === null ? <Bi zh="原文未列共计" en="no total printed" /> : <>共计 {formatCentsGrouped(threePublic.cents)} {unit}</>}。{" "}
          <En>The three public expenses: official travel abroad, official cars, official hospitality.</En>
        </p>
      )}
    </section>
  );
}
