/**
 * Fiscal Data Package terms for the columns of this template: what an amount measures
 * (currency, factor, direction, phase) and which classification a code belongs to.
 * Derived from the table titles, the dataset's kind and unit, and the column names.
 */
import type { ColumnDef } from "../schema/columns";
import type { DatasetHead } from "../data/store";
import type { ClassificationTerms, MeasureTerms } from "./types";

type Direction = NonNullable<MeasureTerms["direction"]>;

/**
 * 收入 (revenue) or 支出 (expenditure) as the table's Chinese title says; none when it says
 * both or neither (the performance goals table, the budget lines of every table).
 */
export function direction(titleZh: string): Direction | undefined {
  const revenue = titleZh.includes("收入");
  const expenditure = titleZh.includes("支出");
  if (revenue === expenditure) return undefined;
  return revenue ? "revenue" : "expenditure";
}

/**
 * A department budget (部门预算) is published after the people's congress approved it, so
 * its figures are the approved phase; final accounts (决算) are executed figures.
 */
export function phase(kind: DatasetHead["kind"]): MeasureTerms["phase"] {
  return kind === "budget" ? "approved" : "executed";
}

/** The measure terms of an amount column of a table with this title. */
export function measureTerms(meta: DatasetHead, titleZh: string): MeasureTerms {
  const dir = direction(titleZh);
  return {
    columnType: "value",
    currency: meta.unit.currency,
    factor: meta.unit.factor,
    ...(dir ? { direction: dir } : {}),
    phase: phase(meta.kind),
  };
}

const FUNCTIONAL = "functional-classification:generic";

/** Classification columns by name: the 类/款/项 levels of the functional code, and the budget unit. */
const CLASSIFICATION_COLUMNS: Record<string, ClassificationTerms> = {
  code: { columnType: `${FUNCTIONAL}:code`, classificationType: "functional" },
  class_code: { columnType: `${FUNCTIONAL}:level1:code`, classificationType: "functional" },
  class_name: { columnType: `${FUNCTIONAL}:level1:label`, classificationType: "functional" },
  section_code: { columnType: `${FUNCTIONAL}:level2:code`, classificationType: "functional" },
  section_name: { columnType: `${FUNCTIONAL}:level2:label`, classificationType: "functional" },
  section_part: { columnType: `${FUNCTIONAL}:level2:code-part`, classificationType: "functional" },
  item_part: { columnType: `${FUNCTIONAL}:level3:code-part`, classificationType: "functional" },
  parent: { columnType: `${FUNCTIONAL}:parent:code`, classificationType: "functional" },
  unit_code: { columnType: "administrative-classification:generic:code", classificationType: "administrative" },
};

/** Classification terms of a column, if it holds a classification code or label. */
export function classificationTerms(column: ColumnDef): ClassificationTerms | undefined {
  return Object.hasOwn(CLASSIFICATION_COLUMNS, column.name) ? CLASSIFICATION_COLUMNS[column.name] : undefined;
}
