"use server";

import { redirect } from "next/navigation";
import { parseInput } from "@/lib/forms/parse-input";
import { runSessionAction } from "@/lib/forms/run-form-action";
import { createIngestDraft } from "@/lib/ingest/drafts";
import { type IngestFormState, isRawPaste, readIngestValues } from "@/lib/ingest/form-state";
import { analyseInWorker } from "@/lib/ingest/analysis-pool";
import { IngestArticleSchema } from "@/lib/ingest/schema";

/** Paste → validate → recognise duplicates → extract → the review page. */
export async function submitArticleAction(_previous: IngestFormState, formData: FormData): Promise<IngestFormState> {
  const values = readIngestValues(formData);
  return runSessionAction("editor", values, async (user) => {
    if (isRawPaste(values)) {
      // Size and characters first: the proposal reads the whole paste.
      parseInput(
        IngestArticleSchema.pick({ body: true }),
        values,
        "The article text needs attention; nothing was lost.",
      );
      const proposed = (await analyseInWorker({ kind: "propose-fields", rawPaste: values.body })).fields;
      return {
        status: "confirm-fields",
        message:
          "Title, outlet and date were filled in from the pasted text and page furniture was removed. Check them, correct what is wrong, and submit again.",
        fieldErrors: {},
        values: {
          title: proposed.title ?? "",
          outlet: proposed.outlet ?? "",
          published: proposed.published ?? "",
          url: values.url,
          body: proposed.body.trim() ? proposed.body : values.body,
        },
      };
    }
    const input = parseInput(IngestArticleSchema, values, "Some fields need attention; nothing was lost.");
    const result = await createIngestDraft(input, user.id);
    if (result.status === "duplicate") redirect(`/articles/${result.articleId}?duplicate=1`);
    redirect(`/ingest/${result.draftId}${result.status === "open-draft" ? "?existing=1" : ""}`);
  });
}
