/** What the two rules of the indicator tables (page-stamp, label-drift) share: which framework a sheet follows, and how their messages name its table. */
import type { Section } from "../segment";
import type { Framework, Frameworks } from "./framework";

/** A project sheet follows the project framework; the 整体绩效目标表 the department's. */
export function frameworkOf(frameworks: Frameworks, section: Section): Framework {
  return frameworks[section.kind === "project" ? "project" : "department"];
}

/** The indicator table of a sheet, as an error or a reason names it. */
export function indicatorTableName(section: Section): string {
  return section.kind === "project" ? `the indicator table of "${section.printedTitle}"` : `the indicator table of ${section.printedTitle}`;
}
