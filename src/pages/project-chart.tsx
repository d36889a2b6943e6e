/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The projects by this year's amount, largest first: an inline SVG (an image, so it holds no
 * links: interactive content inside role="img" is hidden from assistive technology), and
 * the same list as a table whose names link to the project pages.
 */
import { tr } from "./lang";
import type { PublishedRow } from "../schema/bundle";
import { Bi } from "./layout";
import { barPercent, percent } from "./shares";
import { formatCentsGrouped, wanToCents } from "../lib/money";
import { pagePaths } from "./paths";
import { truncate } from "./text";

const FULL = 80;
const ROW = 42;

export interface ProjectBar {
  id: string;
  name: string;
  unit: string;
  cents: number | null;
  totalCents: number | null;
}

/** Projects sorted by this year's amount (blank last), then by id. */
export function projectBars(rows: readonly PublishedRow[]): ProjectBar[] {
  const amount = (v: unknown) => (typeof v === "number" ? wanToCents(v) : null);
  return rows
    .map((r) => ({ id: String(r.id), name: String(r.name ?? r.id), unit: String(r.unit_name ?? ""), cents: amount(r.current_year_amount), totalCents: amount(r.total_amount) }))
    .sort((a, b) => (b.cents ?? -1) - (a.cents ?? -1) || a.id.localeCompare(b.id));
}

export function ProjectChart({ projects, id }: { projects: ProjectBar[]; id: string }) {
  const max = Math.max(0, ...projects.map((p) => p.cents ?? 0));
  const sum = projects.reduce((s, p) => s + (p.cents ?? 0), 0);
  const top = projects.slice(0, 3).map((p) => `${p.name} ${p.cents === null ? "—" : formatCentsGrouped(p.cents)}`).join("；");
  return (
    <figure class="chart" id={id}>
      <svg
        role="img"
        aria-label={tr(`${projects.length} 个项目按本年度金额排序（万元），最大的是 ${top}。全部见下表。`, `${projects.length} projects by this year's amount, 万元, largest: ${top}. All in the table below.`)}
        height={projects.length * ROW}
        width="100%"
      >
        <title>{tr("项目本年度金额（万元）", "Projects by this year's amount, 万元")}</title>
        {projects.map((p, i) => {
          const y = i * ROW;
          const value = p.cents === null ? "—" : formatCentsGrouped(p.cents);
          const width = barPercent(p.cents ?? 0, max, FULL);
          return (
            <g class="bar bar-project-row" data-id={p.id}>
              <title>{`${p.id} ${p.name}：${value} 万元`}</title>
              <text x="0" y={y + 15} class="wide">
                <tspan class="sub">{p.id}</tspan> {truncate(p.name, 44)}
              </text>
              <text x="0" y={y + 15} class="mid">
                <tspan class="sub">{p.id}</tspan> {truncate(p.name, 30)}
              </text>
              <text x="0" y={y + 15} class="narrow">
                <tspan class="sub">{p.id}</tspan> {truncate(p.name, 18)}
              </text>
              <rect class="bar-project-amount" x="0" y={y + 21} width={`${width}%`} height="12" />
              <text class="val" x={`${width}%`} dx="6" y={y + 32}>
                {value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="note">
        <Bi zh={`${projects.length} 个项目，本年度合计 ${formatCentsGrouped(sum)} 万元；项目详情见下表中的链接。`} en={`${projects.length} projects, ${formatCentsGrouped(sum)} 万元 this year in all; the table below links each to its page.`} />
      </figcaption>
    </figure>
  );
}

/** The projects as a table of links: the accessible twin of the chart. A unit other than the department is named under the project. */
export function ProjectTable({ dataset, department, projects }: { dataset: string; department: string; projects: ProjectBar[] }) {
  const sum = projects.reduce((s, p) => s + (p.cents ?? 0), 0);
  return (
    <div class="scroll" role="region" aria-label={tr("项目列表", "Projects")} tabindex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col" class="code"><Bi zh="编号" en="Id" /></th>
            <th scope="col"><Bi zh="项目名称" en="Project" /></th>
            <th scope="col" class="num"><Bi zh="本年度（万元）" en="This year" /></th>
            <th scope="col" class="num opt"><Bi zh="占比" en="Share" /></th>
            <th scope="col" class="num opt"><Bi zh="项目总金额" en="Total" /></th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr>
              <td class="code">{p.id}</td>
              <th scope="row">
                <a href={pagePaths.project(dataset, p.id)}>
                  <bdi>{p.name}</bdi>
                </a>
                {p.unit && p.unit !== department && (
                  <div class="note">
                    <bdi>{p.unit}</bdi>
                  </div>
                )}
              </th>
              <td class="num">{p.cents === null ? "—" : formatCentsGrouped(p.cents)}</td>
              <td class="num opt">{p.cents === null ? "—" : percent(p.cents, sum)}</td>
              <td class="num opt">{p.totalCents === null ? "—" : formatCentsGrouped(p.totalCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr class="sum">
            <th scope="row" colspan={2}>
              <Bi zh="合计" en="Total" />
            </th>
            <td class="num">{formatCentsGrouped(sum)}</td>
            <td class="num opt">{percent(sum, sum)}</td>
            <td class="num opt">{formatCentsGrouped(projects.reduce((s, p) => s + (p.totalCents ?? 0), 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
