/**
 * Reads the named text fields of a submitted form; a missing field (or a file) reads as "".
 * The one way actions read FormData, so every form's values have the same shape.
 */
export function readFormFields<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  // A forged call can send anything as the form; it then reads as an empty one. Duck-typed:
  // the FormData an action receives need not be this realm's class.
  const form = typeof (formData as { get?: unknown } | null)?.get === "function" ? formData : new FormData();
  for (const field of fields) {
    const value = form.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}
