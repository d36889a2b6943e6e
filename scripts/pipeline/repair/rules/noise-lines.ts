/**
 * Rule noise-line: the PDF export leaves rules of dashes between two text fields
 * ("------ | --"). A line whose every cell is dashes carries no content and is dropped.
 */
import type { Cell } from "../../source-rows";

const DASHES = /^[-－—–―─━_=＝·.。\s]+$/u;

export function isRuleOfDashes(cells: Cell[]): boolean {
  const filled = cells.filter((c): c is string => !!c);
  return filled.length > 0 && filled.every((c) => DASHES.test(c)) && filled.join("").replace(/\s/g, "").length >= 2;
}
