/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * Spending by 类 with its 款 beneath, as an inline SVG. No viewBox: text keeps its size
 * and bar lengths are percentages of the width, so the chart reflows on a phone.
 */
import { tr } from "./lang";
import type { Child } from "hono/jsx";
import { Bi, En } from "./layout";
import { barPercent, percent } from "./shares";
import { formatCentsGrouped } from "../lib/money";
import type { ClassSpend, Spending } from "./spending";
import { truncate } from "./text";

/** Bars use at most this share of the width; the values sit just past their ends. */
const FULL = 75;
const CLASS_ROW = 46;
const SECTION_ROW = 34;
const INDENT = 18;

function ClassRow({ cls, y, max, split }: { cls: ClassSpend; y: number; max: number; split: boolean }) {
  const total = barPercent(cls.cents, max, FULL);
  const basic = split ? barPercent(cls.basicCents ?? 0, max, FULL) : 0;
  const project = split ? Math.max(0, Math.round((total - basic) * 100) / 100) : 0;
  const tip = split
    ? `${cls.name}（${cls.code}）${formatCentsGrouped(cls.cents)} 万元：基本支出 ${formatCentsGrouped(cls.basicCents ?? 0)}，项目支出 ${formatCentsGrouped(cls.projectCents ?? 0)}`
    : `${cls.name}（${cls.code}）${formatCentsGrouped(cls.cents)} 万元`;
  return (
    <g class="bar bar-class" data-code={cls.code} data-cents={String(cls.cents)}>
      <title>{tip}</title>
      <text x="0" y={y + 16}>
        {truncate(cls.name, 16)}
        <tspan class="sub" dx="6">
          {cls.code}
        </tspan>
      </text>
      {split ? (
        <>
          <rect class="bar-basic" x="0" y={y + 23} width={`${basic}%`} height="16" />
          <rect class="bar-project" x={`${basic}%`} y={y + 23} width={`${project}%`} height="16" />
        </>
      ) : (
        <rect class="bar-basic" x="0" y={y + 23} width={`${total}%`} height="16" />
      )}
      <text class="val" x={`${total}%`} dx="6" y={y + 36}>
        {formatCentsGrouped(cls.cents)}
      </text>
    </g>
  );
}

/** The chart, its legend and its data table. */
export function ClassChart({ spending, id }: { spending: Spending; id: string }) {
  const max = Math.max(0, ...spending.classes.map((c) => c.cents));
  const split = spending.classes.every((c) => c.basicCents !== null);
  let y = 0;
  const rows: Child[] = [];
  for (const cls of spending.classes) {
    rows.push(<ClassRow cls={cls} y={y} max={max} split={split} />);
    y += CLASS_ROW;
    for (const sec of cls.sections) {
      const w = barPercent(sec.cents, max, FULL);
      rows.push(
        <g class="bar bar-section-row" data-code={sec.code}>
          <title>{`${sec.name}（${sec.code}）${formatCentsGrouped(sec.cents)} 万元`}</title>
          <text class="sub" x={INDENT} y={y + 14}>
            {truncate(sec.name, 18)}
          </text>
          <rect class="bar-section" x={INDENT} y={y + 19} width={`${w}%`} height="9" />
          <text class="val sub" x={`${w}%`} dx={INDENT + 6} y={y + 28}>
            {formatCentsGrouped(sec.cents)}
          </text>
        </g>,
      );
      y += SECTION_ROW;
    }
    y += 6;
  }
  const summary = spending.classes.map((c) => `${c.name} ${formatCentsGrouped(c.cents)}`).join("；");
  return (
    <figure class="chart" id={id}>
      {split && (
        <ul class="legend" aria-hidden="true">
          <li>
            <svg width="14" height="14">
              <rect class="bar-basic" width="14" height="14" />
            </svg>
            <Bi zh="基本支出" en="basic" />
          </li>
          <li>
            <svg width="14" height="14">
              <rect class="bar-project" width="14" height="14" />
            </svg>
            <Bi zh="项目支出" en="projects" />
          </li>
          <li>
            <svg width="14" height="14">
              <rect class="bar-section" width="14" height="9" y="2" />
            </svg>
            <Bi zh="款" en="section" />
          </li>
        </ul>
      )}
      <svg role="img" aria-label={`${tr("按功能分类（类、款）的支出，万元", "Spending by class and section, 万元")}: ${summary}`} height={y} width="100%">
        <title>{tr("按功能分类的支出（类及其款，万元）", "Spending by functional class (类) and section (款), 万元")}</title>
        {rows}
      </svg>
      <figcaption class="note">
        <Bi zh={`${spending.classes.length} 个类，合计 ${formatCentsGrouped(spending.cents)} 万元`} en={`${spending.classes.length} classes, ${formatCentsGrouped(spending.cents)} 万元 in all`} />
        {spending.printedTotalCents !== null &&
          (spending.printedTotalCents === spending.cents ? (
            <span class="pass"> <Bi zh="✓ 等于表中合计" en="equals the table's 合计 row" /></span>
          ) : (
            <span class="fail"> ✗ 表中合计为 {formatCentsGrouped(spending.printedTotalCents)} <En>the table's 合计 row differs</En></span>
          ))}
      </figcaption>
      <details>
        <summary>
          <Bi zh="数据表" en="Data table" />
        </summary>
        <div class="scroll" role="region" aria-label={tr("按类、款的支出", "Spending by class and section")} tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col"><Bi zh="科目" en="Class / section" /></th>
                <th scope="col"><Bi zh="编码" en="Code" /></th>
                <th scope="col" class="num"><Bi zh="金额（万元）" en="Amount" /></th>
                <th scope="col" class="num"><Bi zh="占比" en="Share" /></th>
                {split && <th scope="col" class="num"><Bi zh="基本支出" en="Basic" /></th>}
                {split && <th scope="col" class="num"><Bi zh="项目支出" en="Projects" /></th>}
              </tr>
            </thead>
            <tbody>
              {spending.classes.map((c) => (
                <>
                  <tr class="sum">
                    <th scope="row">{c.name}</th>
                    <td class="code">{c.code}</td>
                    <td class="num">{formatCentsGrouped(c.cents)}</td>
                    <td class="num">{percent(c.cents, spending.cents)}</td>
                    {split && <td class="num">{formatCentsGrouped(c.basicCents ?? 0)}</td>}
                    {split && <td class="num">{formatCentsGrouped(c.projectCents ?? 0)}</td>}
                  </tr>
                  {c.sections.map((s) => (
                    <tr>
                      <th scope="row">　{s.name}</th>
                      <td class="code">{s.code}</td>
                      <td class="num">{formatCentsGrouped(s.cents)}</td>
                      <td class="num">{percent(s.cents, spending.cents)}</td>
                      {split && <td></td>}
                      {split && <td></td>}
                    </tr>
                  ))}
                </>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
