import { readFormFields } from "@/lib/forms/form-data";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { type IngestArticleField, IngestArticleSchema } from "./schema";

/** The ingest form's state: `confirm-fields` when fields were proposed from a raw page paste. */
export type IngestFormState = FormState<IngestArticleField>;

export const EMPTY_INGEST_FORM: IngestFormState = initialFormState({
  title: "",
  outlet: "",
  url: "",
  published: "",
  body: "",
});

export function readIngestValues(formData: FormData): Record<IngestArticleField, string> {
  return readFormFields(formData, IngestArticleSchema.keyof().options);
}

/** True for a raw page paste: text in the body and none of the fields that describe it. */
export function isRawPaste(values: Record<IngestArticleField, string>): boolean {
  return values.body.trim() !== "" && !values.title.trim() && !values.outlet.trim() && !values.published.trim();
}
