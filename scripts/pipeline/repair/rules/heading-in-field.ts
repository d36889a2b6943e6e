/**
 * Rule heading-in-field: a project sheet's empty field (备注) can swallow the heading printed
 * after it ("<h2 …>项目绩效目标</h2>"). A field value that is exactly a heading of the
 * template is the heading, not a value: the field is published blank.
 */
import { htmlToText } from "../../html-text";
import type { Section } from "../../segment";
import { INDICATOR_HEADER, PROJECT_FIELDS, SHEET_HEADINGS } from "../../template";
import { squash } from "../../template-text";
import type { RepairLog } from "../log";
import type { RepairRule } from "../rule";

export const headingInField: RepairRule = {
  id: "heading-in-field",
  describe: { repairs: "a heading of the template swallowed by an empty field (`备注`)", zh: "空栏里混入的标题", en: "heading inside a field" },
  scope: { sections: ["project"], touches: "the value of a field of a project sheet (above its indicator table) that is exactly a heading of the template, blanked" },
  apply: {
    sections: (sections, { log }) => {
      for (const s of sections) dropHeadingsInFields(s, log);
    },
  },
};

function dropHeadingsInFields(section: Section, log: RepairLog): void {
  for (const row of section.pages.flat()) {
    if (squash(row.cells[0]) === INDICATOR_HEADER) return;
    for (let k = 0; k + 1 < row.cells.length; k += 2) {
      const label = squash(row.cells[k]);
      const value = row.cells[k + 1];
      if (!PROJECT_FIELDS[label] || !value) continue;
      const text = htmlToText(value);
      if (text === null || !(SHEET_HEADINGS as readonly string[]).includes(text)) continue;
      log.record(row.line, "heading-in-field", [value], [""], `the value of ${label} is the template's heading "${text}", which the sheet prints after this field; ${label} itself is blank`, `“${label}”一栏的内容是模板标题“${text}”（它本应印在这一栏之后），“${label}”本身是空的`);
      row.cells[k + 1] = "";
    }
  }
}
