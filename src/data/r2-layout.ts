/**
 * Where a dataset lives in the R2 bucket. Keys carry the version, so a new build is
 * uploaded beside the old one and a Worker only ever reads objects of the version its
 * catalogue names.
 */
export const datasetKey = (id: string, version: string) => `v1/datasets/${id}/${version}/dataset.json`;
export const tableKey = (id: string, version: string, table: string) => `v1/datasets/${id}/${version}/tables/${table}.json`;

interface BundleLike {
  datasets: { meta: { id: string; version: string }; checks: unknown; report: { notes: unknown }; tables: Record<string, unknown> }[];
}

/** Every object of a build: its key and JSON body (what `npm run publish:r2` uploads). */
export function r2Objects(bundle: BundleLike): [string, string][] {
  return bundle.datasets.flatMap((d) => [
    [datasetKey(d.meta.id, d.meta.version), JSON.stringify({ checks: d.checks, notes: d.report.notes })] as [string, string],
    ...Object.entries(d.tables).map(([t, rows]) => [tableKey(d.meta.id, d.meta.version, t), JSON.stringify(rows)] as [string, string]),
  ]);
}
