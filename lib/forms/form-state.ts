import type { FieldErrors } from "@/lib/errors/app-error";

/**
 * What every form's server action returns to `useActionState`: a status, a message for the
 * whole form (announced in a live region), messages per field, and what was submitted, so a
 * refused form loses nothing. Never a password in `values`.
 */
export interface FormState<Field extends string = string> {
  status: "idle" | "error" | "done" | "confirm-fields";
  message: string | null;
  /** Keyed by field name, or by a dotted path for nested input (`positions.2.condition`). */
  fieldErrors: FieldErrors;
  values: Partial<Record<Field, string>>;
}

export function initialFormState<Field extends string>(values: Partial<Record<Field, string>> = {}): FormState<Field> {
  return { status: "idle", message: null, fieldErrors: {}, values };
}
