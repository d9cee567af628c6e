import type { z } from "zod";

export type ParsedParams<T> = { ok: true; data: T } | { ok: false; parameter: string | undefined; message: string };

/**
 * Reads query parameters through a strict zod object. A parameter given twice, one the
 * endpoint does not know, or a value its schema refuses is reported with its name, so a 400
 * says which part of the URL to fix.
 */
export function parseQueryParams<S extends z.ZodType>(
  searchParams: URLSearchParams,
  schema: S,
): ParsedParams<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    if (values.length > 1) return { ok: false, parameter: key, message: `${key} is given more than once` };
    raw[key] = values[0]!;
  }
  return parseParams(raw, schema);
}

export function parseParams<S extends z.ZodType>(raw: Record<string, string>, schema: S): ParsedParams<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    return { ok: false, parameter: key, message: `${key} is not a parameter of this endpoint` };
  }
  const parameter = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const message =
    issue.code === "invalid_value" || issue.code === "invalid_type" ? describeInvalid(issue) : issue.message;
  return { ok: false, parameter, message: parameter ? `${parameter} ${message}` : message };
}

function describeInvalid(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  return issue.message;
}
