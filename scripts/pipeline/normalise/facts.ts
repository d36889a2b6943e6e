/**
 * The facts: amounts of the document none of which is part of another. Expenditure is the
 * grid of 部门支出总体情况表 (each 项 row × each kind of spending), each cell split by source
 * of funds as far as the other tables determine it exactly; revenue is each source of
 * 部门收支总体情况表. Nothing is guessed: a split the document does not determine stays null.
 */
import { TABLES } from "../../../src/schema/tables";
import { cents, type ParsedTable, type Row } from "../model";
import { isNumberedItem } from "../parse/summary";
import { projectLineClass } from "../template";
import { splitAppropriation, type Cell } from "./appropriation";
import { codedColumnRows } from "./coded-columns";

type Tables = Map<string, ParsedTable>;

/** The kinds of spending: the coded tables' innermost columns. */
export const KINDS = [
  { measure: "basic_salaries", spending: "basic", kind: "salaries" },
  { measure: "basic_operating", spending: "basic", kind: "operating" },
  { measure: "basic_individuals", spending: "basic", kind: "individuals" },
  { measure: "project_general", spending: "project", kind: "general_project" },
  { measure: "project_special", spending: "project", kind: "special_fund" },
] as const;

/** Sources of funds of 部门收支总体情况表 other than the general budget and the government fund (which have their own coded tables). */
const OTHER_SOURCES = ["institution_fund_offset", "carryover", "education_fees", "education_fees_carryover", "state_capital", "institution_revenue", "business_revenue", "institution_fund"];

/** Revenue items of the template → [fund, appropriation]: which money each source is. */
const REVENUE_FUND: Record<string, [string, "yes" | "no" | null]> = {
  一般公共预算收入: ["general_budget", "yes"],
  上级预拨: ["general_budget", "no"],
  政府性基金收入: ["government_fund", null],
  专户管理的教育收费: ["education_fees", null],
  "专户管理的教育收费结余（结转）": ["education_fees_carryover", null],
  国有资本经营预算收入: ["state_capital", null],
  事业收入: ["institution_revenue", null],
  经营收入: ["business_revenue", null],
  事业基金: ["institution_fund", null],
  部门结转: ["carryover", null],
  用事业单位基金弥补收支差额: ["institution_fund_offset", null],
};

export function buildFacts(file: string, tables: Tables, classifications: ParsedTable, economicNames: Map<string, string> | null): ParsedTable {
  const dept = tables.get(TABLES.departmentExpenditure.id)!;
  const general = tables.get(TABLES.generalBudgetExpenditure.id)!;
  const fund = tables.get(TABLES.governmentFund.id)!;
  const summary = tables.get(TABLES.summaryExpenditure.id)!;
  const names = new Map(classifications.rows.map((r) => [String(r.code), (r.name ?? r.name_in_document ?? null) as string | null]));
  const byId = (t: ParsedTable) => new Map(t.rows.filter((r) => r.row_kind === "item").map((r) => [r.id, r]));
  const generalRows = byId(general);
  const fundRows = byId(fund);
  const kindRows = new Map(codedColumnRows(file, summary));
  const label = (m: string) => dept.def.columns.find((c) => c.name === m)!.label;
  const unitNames = new Map(dept.rows.filter((r) => r.row_kind === "unit").map((r) => [String(r.unit_code), String(r.name)]));
  const classes = economicClasses(tables);

  // One cell per 项 row × kind, with its parts by fund.
  const cells: Cell[] = [];
  const rows: Row[] = [];
  for (const r of dept.rows.filter((x) => x.row_kind === "item")) {
    for (const k of KINDS) {
      const whole = cents(r, k.measure);
      if (!whole) continue;
      const gb = cents(generalRows.get(r.id), k.measure) ?? 0;
      const gf = cents(fundRows.get(r.id), k.measure) ?? 0;
      const rest = whole - gb - gf;
      const base = {
        source_file: file,
        source_line: r.source_line,
        direction: "expenditure",
        table: dept.def.id,
        row_id: r.id,
        measure: k.measure,
        code: r.code,
        code_name: names.get(String(r.code)) ?? r.name,
        class_code: r.class_code,
        class_name: names.get(String(r.class_code)) ?? null,
        section_code: r.section_code,
        section_name: names.get(String(r.section_code)) ?? null,
        unit_code: r.unit_code,
        unit_name: unitNames.get(String(r.unit_code)) ?? null,
        spending: k.spending,
        economic_kind: k.kind,
        economic_kind_label: label(k.measure),
        economic_class: classes[k.measure] ?? null,
        economic_class_name: economicNames?.get(classes[k.measure] ?? "") ?? null,
        revenue_source: null,
      };
      const id = `${dept.def.id}.${r.id}.${k.measure}`;
      if (gb) cells.push({ id, base, classCode: String(r.class_code), measure: k.measure, amount: gb });
      if (gf) rows.push({ ...base, id: `${id}.government_fund`, fund: "government_fund", appropriation: null, amount: gf });
      if (rest) {
        const source = uniqueSource(kindRows.get(k.measure));
        rows.push({ ...base, id: `${id}.${source ?? "unstated"}`, fund: source, appropriation: null, amount: rest });
      }
    }
  }
  rows.push(...splitAppropriation(cells, tables, kindRows));
  rows.push(...revenueFacts(file, tables));
  return {
    def: TABLES.facts,
    rows: rows.sort((a, b) => a.source_line - b.source_line || a.id.localeCompare(b.id)),
    note: "Amounts none of which is part of another: sum any of them. Expenditure and revenue are the same money seen from two sides: filter direction before summing.",
    sourceTitle: null,
    lines: null,
  };
}

/** The one source of funds, besides the general budget and the government fund, that the summary prints for a kind of spending. */
function uniqueSource(row: Row | undefined): string | null {
  const sources = OTHER_SOURCES.filter((c) => cents(row, c));
  return sources.length === 1 ? sources[0]! : null;
}

function revenueFacts(file: string, tables: Tables): Row[] {
  const revenue = tables.get(TABLES.summaryRevenue.id)!;
  return revenue.rows
    .filter((r) => r.row_kind === "item" && cents(r, "amount"))
    .map((r) => {
      const [fund, appropriation] = REVENUE_FUND[String(r.item)] ?? [null, null];
      return {
        id: `${revenue.def.id}.${r.id}.amount`,
        source_file: file,
        source_line: r.source_line,
        direction: "revenue",
        table: revenue.def.id,
        row_id: r.id,
        measure: "amount",
        code: null,
        code_name: null,
        class_code: null,
        class_name: null,
        section_code: null,
        section_name: null,
        unit_code: null,
        unit_name: null,
        spending: null,
        economic_kind: null,
        economic_kind_label: null,
        economic_class: null,
        economic_class_name: null,
        revenue_source: String(r.item),
        fund,
        appropriation,
        amount: cents(r, "amount"),
      };
    });
}

/**
 * The economic class of each kind of spending, where the document determines it. 工资福利支出
 * and 对个人和家庭的补助 name 类 301 and 303 (the economic tables' identities hold them to it);
 * 公用经费 and the kinds of project spending only where the economic tables (or the numbered
 * 项目支出 lines) print a single 类 for them.
 */
function economicClasses(tables: Tables): Record<string, string> {
  const out: Record<string, string> = { basic_salaries: "301", basic_individuals: "303" };
  const rowsWith = (id: string, column: string) => (tables.get(id)?.rows ?? []).filter((r) => r.row_kind !== "total" && typeof r.class_code === "string" && cents(r, column));
  const single = (codes: string[]) => (new Set(codes).size === 1 ? codes[0]! : null);
  const operating = [
    ...rowsWith(TABLES.generalBudgetBasic.id, "operating"),
    ...rowsWith(TABLES.economicSummary.id, "basic_total").filter((r) => r.class_code !== "301" && r.class_code !== "303"),
  ].map((r) => String(r.class_code));
  const op = single(operating);
  if (op) out.basic_operating = op;
  const summary = tables.get(TABLES.summaryExpenditure.id)!;
  const project = summary.rows.filter((r) => r.row_kind === "group")[1];
  const numbered = summary.rows.filter((r) => project && r.parent_id === project.id && isNumberedItem(r) && cents(r, "total"));
  const fromLines = numbered.map((r) => projectLineClass(String(r.item)) ?? "?");
  const fromTable = rowsWith(TABLES.economicSummary.id, "project_total").map((r) => String(r.class_code));
  const proj = single([...fromLines, ...fromTable]);
  if (proj && proj !== "?" && (fromLines.length || fromTable.length)) out.project_general = out.project_special = proj;
  return out;
}
