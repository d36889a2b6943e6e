/**
 * The one builder of the API's URLs: absolute from a request's origin (responses, the data
 * package), or relative with origin "" (the pages' links, the workbook's note).
 */

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

export function urls(origin: string) {
  const base = `${origin}/v1`;
  return {
    index: base,
    datasets: `${base}/datasets`,
    search: `${base}/search`,
    problems: `${base}/problems`,
    dataset: (d: string) => `${base}/datasets/${enc(d)}`,
    tables: (d: string) => `${base}/datasets/${enc(d)}/tables`,
    table: (d: string, t: string, ext = "") => `${base}/datasets/${enc(d)}/tables/${enc(t)}${ext}`,
    row: (d: string, t: string, id: string) => `${base}/datasets/${enc(d)}/tables/${enc(t)}/rows/${enc(id)}`,
    checks: (d: string) => `${base}/datasets/${enc(d)}/checks`,
    aggregate: (d: string) => `${base}/datasets/${enc(d)}/aggregate`,
    datapackage: (d: string) => `${base}/datasets/${enc(d)}/datapackage.json`,
    workbook: (d: string) => `${base}/datasets/${enc(d)}/download.xlsx`,
    zip: (d: string) => `${base}/datasets/${enc(d)}/download.zip`,
  };
}
