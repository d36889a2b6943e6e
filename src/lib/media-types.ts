/** The formats the API serves and the media types that name each. */

export const FORMATS = ["json", "csv", "ndjson", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];

export const MEDIA_TYPES: Record<Format, readonly string[]> = {
  json: ["application/json"],
  csv: ["text/csv"],
  ndjson: ["application/x-ndjson", "application/ndjson", "application/jsonl"],
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
};
