// What the production build (.next) says it contains: its routes and its server actions, read
// from the manifests Next writes. For the inventory journey, and for journeys that call an
// action directly, the way a script bypassing the page's own checks would.
import fs from "node:fs";
import path from "node:path";

const serverDir = path.join(".next", "server");

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(serverDir, file), "utf8")) as T;
}

export function builtRoutes(): string[] {
  return Object.keys(readJson<Record<string, string>>("app-paths-manifest.json")).sort();
}

/** Server actions by `<file>#<export>`, each with the id a request names it by (the Next-Action header). */
export function builtActions(): Map<string, string> {
  const manifest = readJson<{ node: Record<string, { filename?: string; exportedName?: string }> }>(
    "server-reference-manifest.json",
  );
  const actions = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) actions.set(`${entry.filename}#${entry.exportedName}`, id);
  return actions;
}

/**
 * A form action's request body as React sends it for `useActionState`: the form's fields under
 * the prefix of a reference, then part 0, the arguments (the previous state and that reference).
 * Part 0 must come last: the server resolves the reference when part 0 arrives.
 */
export function formActionBody(fields: Record<string, string>, previousState: object = {}): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify([previousState, "$K1"]));
  return body;
}
