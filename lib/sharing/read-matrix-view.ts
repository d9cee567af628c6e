import { MatrixQuerySchema } from "@/lib/api/schemas/matrix";
import type { MatrixView } from "./matrix-view";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's (or embed's) matrix view from its search parameters, leniently: each parameter
 * is checked on its own with the API's schema, and one that is garbled falls back to its
 * default instead of failing the page, so a mistyped shared link still shows a view.
 */
export function readMatrixView(searchParams: SearchParams): MatrixView {
  const view: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(MatrixQuerySchema.shape)) {
    const raw = searchParams[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) view[name] = parsed.data;
  }
  return view as MatrixView;
}
