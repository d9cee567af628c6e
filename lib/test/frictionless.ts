import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Package, type Resource } from "datapackage";

/**
 * Reads a Data Package as its users' tools do, with the Frictionless reference library
 * (`datapackage`): the descriptor is checked against its profile, and every row of every
 * resource is cast to its fields' types, checked against their constraints, primary and
 * unique keys, and its foreign keys resolved. Returns each problem found, and how many rows
 * of each resource cast, so that a test can tell "no problems" from "nothing read".
 */
export async function readWithFrictionless(
  files: Record<string, string | Uint8Array>,
): Promise<{ problems: string[]; rowsCast: Record<string, number> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "tracker-frictionless-"));
  try {
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
      fs.writeFileSync(path.join(directory, name), content);
    }
    const dataPackage = await Package.load(path.join(directory, "datapackage.json"));
    const problems = dataPackage.errors.map((error) => `datapackage.json: ${error.message}`);
    const rowsCast: Record<string, number> = {};
    const report = (resource: string, rows: Awaited<ReturnType<Resource["read"]>>) => {
      let cast = 0;
      rows.forEach((row, index) => {
        if (!(row instanceof Error)) {
          cast++;
          return;
        }
        const details = (row.errors ?? []).map((inner) => inner.message).join("; ");
        problems.push(`${resource} row ${row.rowNumber ?? index + 2}: ${row.message}${details ? ` (${details})` : ""}`);
      });
      return cast;
    };
    // Casting first, every resource on its own: resolving a foreign key reads the referenced
    // resource without collecting its errors, so it throws at that resource's first bad row.
    for (const resource of dataPackage.resources) {
      rowsCast[resource.name] = report(resource.name, await resource.read({ keyed: true, forceCast: true }));
    }
    if (problems.length === 0) {
      for (const resource of dataPackage.resources) {
        report(resource.name, await resource.read({ keyed: true, relations: true, forceCast: true }));
      }
    }
    return { problems, rowsCast };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
