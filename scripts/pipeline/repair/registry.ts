/**
 * The repair rules, in the order they run: each recognises one systematic artefact of the
 * template's PDF export, repairs it, and records what it did under its id (the build report
 * counts the records by id). The README's rule table is generated from this list.
 * Adding a rule: a file in rules/, its id in rule-id.ts, its place in the list.
 */
import { cjkRadical } from "./rules/cjk-radical";
import { headerNumber } from "./rules/header-number";
import { headingInField } from "./rules/heading-in-field";
import { labelDrift } from "./rules/label-drift";
import { noiseLine } from "./rules/noise-line";
import { pageStamp } from "./rules/page-stamp";
import { personalMobile } from "./rules/personal-mobile";
import { templateWordRule } from "./rules/template-word";
import { unlabelledRevenue } from "./rules/unlabelled-revenue";
import type { RepairRule } from "./rule";

export type { RuleId } from "./rule-id";

export const REPAIR_RULES: readonly RepairRule[] = [cjkRadical, noiseLine, personalMobile, templateWordRule, headerNumber, headingInField, pageStamp, labelDrift, unlabelledRevenue];
