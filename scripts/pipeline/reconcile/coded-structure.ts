/**
 * The structure of a table keyed by classification code, from its rows' kinds and codes:
 * which rows each subtotal row adds up. A unit row heads the rows printed after it up to the
 * next unit (or 合计/department) row; a 类 or 款 row heads the rows of its code below it in
 * the same block; 合计 and the department row head the whole table.
 */
import type { Row } from "../model";

const CODED = new Set(["class", "section", "item"]);

/** The rows a block's subtotal adds: those of the block with no ancestor row printed in it. */
function topLevel(block: Row[]): Row[] {
  const codes = new Set(block.map((r) => String(r.code)));
  return block.filter((r) => !ancestors(String(r.code)).some((a) => codes.has(a)));
}

const ancestors = (code: string): string[] => [3, 5].filter((n) => n < code.length).map((n) => code.slice(0, n));

export interface CodedStructure {
  /** Unit rows with the code rows of their block. */
  units: Map<Row, Row[]>;
  /** Each subtotal row (total, department, unit, class, section) with the rows it adds up. */
  children: Map<Row, Row[]>;
  /** Each row with the finest rows (kind item) it covers; an item covers itself. */
  items: Map<Row, Row[]>;
}

export function codedStructure(rows: Row[]): CodedStructure {
  const units = new Map<Row, Row[]>();
  const loose: Row[] = [];
  let block: Row[] = loose;
  for (const r of rows) {
    if (r.row_kind === "unit") units.set(r, (block = []));
    else if (r.row_kind === "total" || r.row_kind === "department") block = loose;
    else if (CODED.has(String(r.row_kind))) block.push(r);
  }
  const children = new Map<Row, Row[]>();
  const items = new Map<Row, Row[]>();
  const blocks = [loose, ...units.values()];
  for (const b of blocks) {
    for (const r of b) {
      const code = String(r.code);
      const below = b.filter((x) => x !== r && String(x.code).startsWith(code));
      if (r.row_kind !== "item") children.set(r, topLevel(below));
      items.set(r, r.row_kind === "item" ? [r] : below.filter((x) => x.row_kind === "item"));
    }
  }
  const whole = units.size ? [...units.keys()] : topLevel(loose);
  const allItems = blocks.flat().filter((x) => x.row_kind === "item");
  for (const [u, b] of units) {
    children.set(u, topLevel(b));
    items.set(u, b.filter((x) => x.row_kind === "item"));
  }
  for (const r of rows) {
    if (r.row_kind === "total" || r.row_kind === "department") {
      children.set(r, whole);
      items.set(r, allItems);
    }
  }
  return { units, children, items };
}
