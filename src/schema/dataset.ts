/** Schemas of the dataset-level documents: metadata, checks, corrections, report. */
import { z } from "zod";
import { CHECK_KINDS } from "./check-kinds";

export const checkSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CHECK_KINDS),
    description: z.string(),
    /** Both sides in 万元 (integer cents inside the build, printed here as numbers); a structure check counts problems instead: expected 0, actual how many. */
    expected: z.number(),
    actual: z.number(),
    pass: z.boolean(),
    lines: z.array(z.number().int()),
  })
  .strict();
export type Check = z.infer<typeof checkSchema>;

/** One fix of the source, kept as data: where, what was printed, what is published, why. */
export const correctionSchema = z
  .object({
    file: z.string(),
    /** A single line, or an inclusive range where the same fix applies to each line. */
    line: z.number().int().positive().optional(),
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
    /** Index of the first cell the fix touches (cells are the TAB-separated fields). */
    at: z.number().int().nonnegative().default(0),
    /** The cells from `at` on, exactly as printed; the build fails if the line no longer reads so. */
    printed: z.array(z.string()),
    /** What replaces them (null: a cell deliberately blank, not carried down); null instead of a list drops the line. */
    published: z.array(z.string().nullable()).nullable(),
    kind: z.enum(["misplaced-label", "missing-label", "column-shift", "ocr-slip", "noise", "masked-personal-data", "stray-value"]),
    reason: z.string().min(10).refine((r) => !r.startsWith("TODO"), { message: "write the reason (it still says TODO)" }),
    /** The reason in Chinese, for the Chinese pages (the English stays in `reason`). */
    reason_zh: z.string().min(5).optional(),
  })
  .strict()
  .refine((c) => (c.line === undefined) !== (c.lines === undefined), { message: "give either line or lines" });
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) }).strict();

export const appliedCorrectionSchema = z
  .object({
    file: z.string(),
    line: z.number().int(),
    /** The manual correction's kind, or the id of the repair rule that made the change. */
    kind: z.string(),
    /** `manual`: an entry of seeds/corrections.json, a person's judgement; `rule`: a systematic artefact of the template's PDF export, repaired by a rule of the build. */
    source: z.enum(["manual", "rule"]),
    printed: z.array(z.string()),
    published: z.array(z.string().nullable()).nullable(),
    reason: z.string(),
    /** The reason in Chinese (what the Chinese pages show); the English is `reason`. */
    reason_zh: z.string().optional(),
  })
  .strict();
export type AppliedCorrection = z.infer<typeof appliedCorrectionSchema>;

export const tableMetaSchema = z
  .object({
    id: z.string(),
    title_zh: z.string(),
    title_en: z.string(),
    source_title: z.string().nullable(),
    description: z.string(),
    row_count: z.number().int(),
    note: z.string().nullable(),
    lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
  })
  .strict();

export const datasetMetaSchema = z
  .object({
    id: z.string(),
    title_zh: z.string(),
    title_en: z.string(),
    department: z.string(),
    year: z.number().int(),
    kind: z.enum(["budget", "final-accounts"]),
    unit: z.object({ label: z.literal("万元"), factor: z.literal(10000), currency: z.literal("CNY") }).strict(),
    publisher: z.string(),
    licence: z.string().nullable(),
    source: z
      .object({ file: z.string(), sha256: z.string(), bytes: z.number().int(), lines: z.number().int(), url: z.string().nullable() })
      .strict(),
    version: z.string(),
    tables: z.array(tableMetaSchema),
    corrections: z.array(appliedCorrectionSchema),
    checks_summary: z.object({ total: z.number().int(), passed: z.number().int(), failed: z.number().int() }).strict(),
  })
  .strict();
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
