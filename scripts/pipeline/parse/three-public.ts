/** 一般公共预算“三公”经费支出情况表: 共计, numbered items, and (n) sub-items under an item. */
import { TABLES } from "../../../src/schema/tables";
import { BuildError } from "../errors";
import type { Context, ParsedTable, Row } from "../model";
import type { Section } from "../segment";
import { NUMBERED_ITEM, squash } from "../template-text";
import { amountAt, pad } from "./cells";

const SUB_ITEM = /^(其中\s*[:：]\s*)?[（(]\d+[）)]/;

export function parseThreePublic(ctx: Context, section: Section): ParsedTable {
  const rows: Row[] = [];
  let parent: Row | null = null;
  const body = section.pages.flat();
  const header = body[0];
  if (!header || squash(header.cells[0]) !== "项目" || !squash(header.cells[1]).includes("经费")) {
    throw new BuildError(ctx.file, header?.line ?? section.line, "unrecognised-layout", `${section.printedTitle}: expected header "项 目 | …“三公”经费预算数"`);
  }
  ctx.lines.claim(header.line, "header", TABLES.threePublic.id);
  for (const row of body.slice(1)) {
    const item = row.cells[0] ?? "";
    if (!item) throw new BuildError(ctx.file, row.line, "missing-label", `${section.printedTitle}: amount without an item`);
    const kind = item === "共计" || item === "合计" ? "total" : SUB_ITEM.test(item) ? "sub-item" : NUMBERED_ITEM.test(item) ? "item" : null;
    if (!kind) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `${section.printedTitle}: unexpected row "${item}"`);
    if (kind === "sub-item" && !parent) throw new BuildError(ctx.file, row.line, "unrecognised-layout", `sub-item "${item}" before any numbered item`);
    const record: Row = {
      id: `r${pad(rows.length + 1)}`,
      source_file: ctx.file,
      source_line: row.line,
      row_kind: kind,
      item,
      parent_id: kind === "sub-item" ? parent!.id : null,
      amount: amountAt(ctx.file, row, 1, "amount"),
    };
    if (kind === "item") parent = record;
    rows.push(record);
  }
  return {
    def: TABLES.threePublic,
    rows,
    note: section.notes.map((n) => n.text).join("\n") || null,
    sourceTitle: section.printedTitle,
    lines: [section.line, section.endLine],
  };
}
