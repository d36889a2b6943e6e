/** The ids of the repair rules: what a correction record names (registry.ts lists the rules themselves, in order). */
export type RuleId = "cjk-radical" | "noise-line" | "personal-mobile" | "template-word" | "header-number" | "heading-in-field" | "page-stamp" | "label-drift" | "unlabelled-revenue";
