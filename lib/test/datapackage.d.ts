// The few parts of the Frictionless reference library (`datapackage`, plain JavaScript
// without types) that lib/test/frictionless.ts uses.
declare module "datapackage" {
  interface CastError extends Error {
    errors?: Error[];
    rowNumber?: number;
  }
  export interface Resource {
    name: string;
    tabular: boolean;
    read(options: {
      keyed?: boolean;
      cast?: boolean;
      relations?: boolean;
      forceCast?: boolean;
    }): Promise<(Record<string, unknown> | CastError)[]>;
  }
  class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: Resource[];
  }
}
