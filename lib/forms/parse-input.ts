import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors/app-error";

/** Messages per field path (`email`, `positions.2.condition`); issues on the whole input under "". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
  return fieldErrors;
}

/** Validates input against its schema; a refusal is AppError INVALID_INPUT with every issue per field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  message?: string,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { message, fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}
