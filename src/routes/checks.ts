/** GET /v1/datasets/{dataset}/checks: every reconciliation check, filterable by pass and kind. */
import { jsonPayload, respond } from "../http/respond";
import { CHECK_KINDS } from "../schema/check-kinds";
import { ProblemError } from "../lib/problem";
import { parseFlag } from "../query/values";
import { wanInUnit } from "../lib/money";
import { unitLabel } from "../query/units";
import { requireDataset } from "../data/require";
import { type ApiRoute, JSON_ONLY } from "./route";
import { API_PATHS, honoPath } from "../spec/links";
import type { AppContext } from "./context";
import { negotiated } from "./negotiated";
import { CHECKS_EXTRA, CHECKS_RESERVED } from "../spec/params";

export async function listChecks(c: AppContext): Promise<Response> {
  const { meta, checks } = await requireDataset(c.var.store, c.req.param("dataset") ?? "");
  const { query, format } = negotiated(c);
  const pass = query.extra.pass === undefined ? null : parseFlag(query.extra.pass);
  if (query.extra.pass !== undefined && pass === null) {
    throw new ProblemError("invalid-query", "Invalid query parameter: pass.", [{ param: "pass", message: `pass takes true or false, not '${query.extra.pass}'.` }]);
  }
  const kinds: readonly string[] = CHECK_KINDS;
  const kind = query.extra.kind;
  if (kind !== undefined && !kinds.includes(kind)) {
    throw new ProblemError("invalid-query", "Invalid query parameter: kind.", [{ param: "kind", message: `kind takes one of ${kinds.join(", ")}, not '${kind}'.` }]);
  }
  return respond({
    request: c.req.raw,
    version: meta.version,
    format,
    render: () => {
      const selected = checks
        .filter((k) => (pass === null || k.pass === pass) && (kind === undefined || k.kind === kind))
        .map((k) => ({ ...k, expected: wanInUnit(k.expected, query.unit), actual: wanInUnit(k.actual, query.unit) }));
      return jsonPayload({
        dataset: meta.id,
        version: meta.version,
        unit: unitLabel(query.unit, meta.unit.label),
        summary: meta.checks_summary,
        total: selected.length,
        checks: selected,
      });
    },
  });
}

export const checksRoute = { name: "checks", path: honoPath(API_PATHS.checks), template: API_PATHS.checks, summary: "Every reconciliation check: expected, actual, pass, source lines.", formats: JSON_ONLY, params: [...CHECKS_EXTRA, ...CHECKS_RESERVED], filters: false, response: "checksSchema", handler: listChecks } satisfies ApiRoute;
