/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
/**
 * The page of one project: its amounts, facts and contacts (as published: personal mobile
 * numbers are already masked), its texts with their paragraphs, and its indicators.
 * Fields are laid out by column type, so the page follows the schema.
 */
import { tr } from "./lang";
import type { TableData } from "../data/store";
import type { PublishedRow } from "../schema/bundle";
import type { ColumnDef } from "../schema/columns";
import type { AppliedCorrection, DatasetMeta } from "../schema/dataset";
import { CorrectionsTable } from "./sections/checks";
import { Bi, En, Layout, PageTitle } from "./layout";
import { PROJECT_FIELDS_EN } from "./labels";
import { formatCentsGrouped, formatWan, wanToCents } from "../lib/money";
import { Term } from "./glossary/term";
import { Crumbs } from "./crumbs";
import { apiPaths, downloads, pagePaths } from "./paths";
import { paragraphs } from "./text";
import { DownloadButtons } from "./download-buttons";

export interface ProjectView {
  meta: DatasetMeta;
  projects: TableData;
  project: PublishedRow;
  indicators: readonly PublishedRow[];
  corrections: readonly AppliedCorrection[];
  indicatorTable: string;
  /** The project's row of the project-changes table (this year against last year), if the dataset has one. */
  change: PublishedRow | null;
}

const num = (v: unknown) => (typeof v === "number" ? v : null);
/** `+5`, `-1.2`, `0`: a change with its sign. */
const signed = (cents: number) => (cents > 0 ? "+" : "") + formatCentsGrouped(cents);

/** 本年 X 万元，上年 Y 万元，变化 ±Z 万元（±P%）; a blank last year is said to be blank, never taken as 0. */
function YearOnYear({ change, unit }: { change: PublishedRow; unit: string }) {
  const current = num(change.current_year_amount);
  const last = num(change.last_year_amount);
  const diff = num(change.change_amount);
  const pct = num(change.change_percent);
  return (
    <p id="project-change" class="yoy">
      <span>
        <Bi zh="本年" en="this year" /> <strong data-column="current_year_amount">{formatWan(current)}</strong> {unit}
      </span>
      ，
      <span>
        <Term id="previous-year">
          <Bi zh="上年" en="last year" />
        </Term>{" "}
        {last === null ? (
          <strong data-column="last_year_amount">
            <Bi zh="上年未列" en="not printed" />
          </strong>
        ) : (
          <>
            <strong data-column="last_year_amount">{formatWan(last)}</strong> {unit}
          </>
        )}
      </span>
      {diff !== null && (
        <>
          ，
          <span>
            <Bi zh="增减" en="change" /> <strong data-column="change_amount">{signed(wanToCents(diff))}</strong> {unit}
            {pct !== null ? (
              <>
                （<span data-column="change_percent">{signed(wanToCents(pct))}%</span>）
              </>
            ) : (
              <>
                <Bi zh="（上年为 0，无法算百分比）" en=" (no percentage: last year was 0)" />
              </>
            )}
          </span>
        </>
      )}
    </p>
  );
}

const SKIP = new Set(["id", "source_file", "source_line", "name"]);
const en = (c: ColumnDef) => PROJECT_FIELDS_EN[c.name] ?? c.name;
const text = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));

function Neighbours({ meta, rows, index }: { meta: DatasetMeta; rows: readonly PublishedRow[]; index: number }) {
  const prev = rows[index - 1];
  const next = rows[index + 1];
  return (
    <nav aria-label={tr("上一个、下一个项目", "Previous and next project")}>
      <p>
        {prev && (
          <a href={pagePaths.project(meta.id, String(prev.id))} rel="prev">
            ← {String(prev.id)} {String(prev.name ?? "")}
          </a>
        )}
        {prev && next && " · "}
        {next && (
          <a href={pagePaths.project(meta.id, String(next.id))} rel="next">
            {String(next.id)} {String(next.name ?? "")} →
          </a>
        )}
      </p>
    </nav>
  );
}

export function ProjectPage({ view }: { view: ProjectView }) {
  const { meta, project, indicators } = view;
  const id = String(project.id);
  const name = String(project.name ?? id);
  const columns = view.projects.columns.filter((c) => !SKIP.has(c.name));
  const amounts = columns.filter((c) => c.type === "amount");
  const texts = columns.filter((c) => c.type === "text" && text(project[c.name]) !== null);
  const facts = columns.filter((c) => c.type !== "amount" && c.type !== "text");
  const index = view.projects.rows.findIndex((r) => r.id === project.id);
  const ind = downloads(meta.id, view.indicatorTable, `project_id=${encodeURIComponent(id)}`);
  return (
    <Layout title={`${name} · ${meta.title_zh}`} description={`${name}：金额、说明、绩效指标与联系人。Project ${id} of ${meta.title_en}.`}>
      <Crumbs meta={meta} section="projects">
        {id}
      </Crumbs>
      <PageTitle zh={name} en={`Project ${id} · ${meta.year}`} />
      <ul class="cards" id="project-amounts">
        {amounts.map((c) => (
          <li class={c.name === "current_year_amount" ? "card big" : "card"} data-column={c.name}>
            <span class="k">
              {c.label} <En>{en(c)}</En>
            </span>
            <span class="v">
              {formatWan(project[c.name] as number | null)} <span class="u">{meta.unit.label}</span>
            </span>
          </li>
        ))}
      </ul>
      {view.change && <YearOnYear change={view.change} unit={meta.unit.label} />}
      <dl class="facts" id="project-facts">
        {facts.map((c) => (
          <>
            <dt>
              {c.label} <En>{en(c)}</En>
            </dt>
            <dd>{text(project[c.name]) ?? "—"}</dd>
          </>
        ))}
      </dl>
      {texts.map((c) => (
        <section aria-labelledby={`text-${c.name}`} class="text">
          <h2 id={`text-${c.name}`}>
            <Bi zh={c.label} en={en(c)} />
          </h2>
          {paragraphs(text(project[c.name])).map((p) => (
            <p>{p}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="indicators">
        <h2 id="indicators">
          <Bi zh={`绩效指标（${indicators.length}）`} en={`Performance indicators (${indicators.length})`} />
        </h2>
        {indicators.length === 0 ? (
          <p>
            <Bi zh="该项目没有列出绩效指标。" en="No indicators are listed for this project." />
          </p>
        ) : (
          <div class="scroll" role="region" aria-label={tr("绩效指标", "Indicators")} tabindex={0}>
            <table id="indicator-table">
              <thead>
                <tr>
                  <th scope="col">
                    <Term id="indicator-levels">一级指标</Term> <En>Level 1</En>
                  </th>
                  <th scope="col">
                    <Term id="indicator-levels">二级指标</Term> <En>Level 2</En>
                  </th>
                  <th scope="col">
                    <Term id="indicator-levels">三级指标</Term> <En>Indicator</En>
                  </th>
                  <th scope="col"><Bi zh="目标值" en="Target" /></th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((r) => (
                  <tr>
                    <td>{text(r.level1) ?? "—"}</td>
                    <td>{text(r.level2) ?? "—"}</td>
                    <th scope="row">{text(r.level3) ?? "—"}</th>
                    <td>{text(r.target) ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p>
          <DownloadButtons links={ind} />
        </p>
      </section>
      <section aria-labelledby="provenance">
        <h2 id="provenance">
          <Bi zh="来源" en="Source" />
        </h2>
        <p>
          <Bi zh="项目表起始于" en="The sheet starts at" />{" "}
          <code>
            {String(project.source_file ?? meta.source.file)}:{String(project.source_line ?? "")}
          </code>{" "}
          · <a href={pagePaths.source(meta.id, Number(project.source_line))}>
            <Bi zh="看原文这一页" en="see it in the document" />
          </a>{" "}
          · <a href={apiPaths.row(meta.id, view.projects.meta.id, id)}>JSON</a>
        </p>
        {view.corrections.length > 0 && (
          <>
            <p>
              <Bi zh={`对本项目表原文的更正（${view.corrections.length} 处）：`} en={`Corrections of this project sheet in the source (${view.corrections.length}):`} />
            </p>
            <CorrectionsTable corrections={view.corrections} />
          </>
        )}
      </section>
      <Neighbours meta={meta} rows={view.projects.rows} index={index} />
    </Layout>
  );
}
