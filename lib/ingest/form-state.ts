import type { IngestArticleField } from "./schema";

/** What the ingest form's server action returns to `useActionState`. */
export interface IngestFormState {
  status: "idle" | "error" | "confirm-fields";
  /** A message for the whole form, announced in a live region. */
  message: string | null;
  fieldErrors: Partial<Record<IngestArticleField, string[]>>;
  /** Everything the editor typed, sent back so a refused paste loses nothing. */
  values: Record<IngestArticleField, string>;
}

export const INGEST_FIELDS: readonly IngestArticleField[] = ["title", "outlet", "url", "published", "body"];

export const EMPTY_INGEST_FORM: IngestFormState = {
  status: "idle",
  message: null,
  fieldErrors: {},
  values: { title: "", outlet: "", url: "", published: "", body: "" },
};

export function readIngestValues(formData: FormData): IngestFormState["values"] {
  const read = (field: IngestArticleField) => {
    const value = formData.get(field);
    return typeof value === "string" ? value : "";
  };
  return {
    title: read("title"),
    outlet: read("outlet"),
    url: read("url"),
    published: read("published"),
    body: read("body"),
  };
}

/** True for a raw page paste: text in the body and none of the fields that describe it. */
export function isRawPaste(values: IngestFormState["values"]): boolean {
  return values.body.trim() !== "" && !values.title.trim() && !values.outlet.trim() && !values.published.trim();
}
