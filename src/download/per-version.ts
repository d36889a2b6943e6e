/**
 * Values built once per dataset version and isolate (the zip, the workbook): every request
 * for a version gets the same bytes. A store whose data can change (R2) replaces a version's
 * value with the next one's, so the map holds one per dataset; a failed build is not kept,
 * so the next request tries again.
 */
export function perVersion<T>(): (id: string, version: string, build: () => Promise<T>) => Promise<T> {
  const built = new Map<string, { version: string; value: Promise<T> }>();
  return (id, version, build) => {
    const hit = built.get(id);
    if (hit?.version === version) return hit.value;
    const value = build();
    built.set(id, { version, value });
    value.catch(() => {
      if (built.get(id)?.value === value) built.delete(id);
    });
    return value;
  };
}
