"use server";

import { redirect } from "next/navigation";
import { readFormFields } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { parseInput } from "@/lib/forms/parse-input";
import { runSessionAction } from "@/lib/forms/run-form-action";
import { createIngestDraft, publishDraft } from "@/lib/ingest/drafts";
import { type IngestFormState, isRawPaste, readIngestValues } from "@/lib/ingest/form-state";
import { analyseInWorker } from "@/lib/ingest/analysis-pool";
import { IngestArticleSchema, PublishDraftSchema } from "@/lib/ingest/schema";
import { AppError } from "@/lib/errors/app-error";

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

/**
 * The publish form's state. Its values are not echoed back: the decisions live in the review
 * workspace's own state. `fieldErrors` are keyed by position (`positions.2.condition`).
 */
export type PublishFormState = FormState<"draftId" | "positions">;

/** Publishes a reviewed draft; safe to resubmit (double click, back button, retry). */
export async function publishDraftAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  const fields = readFormFields(formData, ["draftId", "positions"]);
  return runSessionAction("editor", {}, async (user) => {
    let positions: unknown;
    try {
      positions = JSON.parse(fields.positions || "[]");
    } catch {
      throw new AppError("INVALID_INPUT", { message: "The review could not be read; reload the page and try again." });
    }
    const input = parseInput(
      PublishDraftSchema,
      { draftId: fields.draftId, positions },
      "Some positions are incomplete; nothing was published.",
    );
    const result = await publishDraft(input.draftId, input.positions, user.id);
    redirect(`/articles/${result.articleId}?${result.status === "published" ? "published=1" : "duplicate=1"}`);
  });
}
