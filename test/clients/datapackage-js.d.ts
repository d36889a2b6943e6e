// Minimal types for the part of the `datapackage` npm package (datapackage-js) the tests use.
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
  const datapackage: { Package: { load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> } };
  export default datapackage;
}
