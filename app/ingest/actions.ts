"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { proposeArticleFields } from "@/lib/extraction";
import { createIngestDraft } from "@/lib/ingest/drafts";
import { type IngestFormState, isRawPaste, readIngestValues } from "@/lib/ingest/form-state";
import { IngestArticleSchema } from "@/lib/ingest/schema";

/** Paste → validate → recognise duplicates → extract → the review page. */
export async function submitArticleAction(_previous: IngestFormState, formData: FormData): Promise<IngestFormState> {
  const values = readIngestValues(formData);
  let user;
  try {
    user = await requireUser("editor");
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message, fieldErrors: {}, values };
    throw error;
  }

  if (isRawPaste(values)) {
    const proposed = proposeArticleFields(values.body);
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

  const parsed = IngestArticleSchema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "error",
      message: "Some fields need attention; nothing was lost.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  }
  const result = await createIngestDraft(parsed.data, user.id);
  if (result.status === "duplicate") redirect(`/articles/${result.articleId}?duplicate=1`);
  redirect(`/ingest/${result.draftId}${result.status === "open-draft" ? "?existing=1" : ""}`);
}
