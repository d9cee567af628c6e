/**
 * Reads the named text fields of a submitted form; a missing field (or a file) reads as "".
 * The one way actions read FormData, so every form's values have the same shape.
 */
export function readFormFields<Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): Record<Field, string> {
  const values = {} as Record<Field, string>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : "";
  }
  return values;
}
