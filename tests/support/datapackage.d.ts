// The npm `datapackage` library (Frictionless's JavaScript reader) ships no types; this is the part
// tests/data/frictionless.test.ts uses.
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource;
  }
  const datapackage: { Package: { load(descriptor: string | object, options?: { basePath?: string }): Promise<Package> } };
  export default datapackage;
}
