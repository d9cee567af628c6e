"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { ANALYSIS_BUSY_MESSAGE, analyseInWorker, overBudgetMessage } from "@/lib/ingest/analysis-pool";
import { createIngestDraft, publishDraft } from "@/lib/ingest/drafts";
import { type IngestFormState, isRawPaste, readIngestValues } from "@/lib/ingest/form-state";
import { ArticleBodySchema, IngestArticleSchema, PublishDraftSchema } from "@/lib/ingest/schema";

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
    const body = ArticleBodySchema.safeParse(values.body);
    if (!body.success) {
      const bodyErrors = body.error.issues.map((issue) => issue.message);
      return { status: "error", message: bodyErrors[0] ?? null, fieldErrors: { body: bodyErrors }, values };
    }
    const analysed = await analyseInWorker({ kind: "propose-fields", rawPaste: values.body });
    if (analysed.status !== "done") {
      const message = analysed.status === "busy" ? ANALYSIS_BUSY_MESSAGE : overBudgetMessage(analysed.budgetMs);
      return { status: "error", message, fieldErrors: {}, values };
    }
    const proposed = analysed.outcome.fields;
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
  if (result.status === "not-analysed") return { status: "error", message: result.message, fieldErrors: {}, values };
  if (result.status === "duplicate") redirect(`/articles/${result.articleId}?duplicate=1`);
  redirect(`/ingest/${result.draftId}${result.status === "open-draft" ? "?existing=1" : ""}`);
}

export interface PublishFormState {
  message: string | null;
}

/** Publishes a reviewed draft; safe to resubmit (double click, back button, retry). */
export async function publishDraftAction(_previous: PublishFormState, formData: FormData): Promise<PublishFormState> {
  let user;
  try {
    user = await requireUser("editor");
  } catch (error) {
    if (error instanceof AuthError) return { message: error.message };
    throw error;
  }
  let positions: unknown;
  try {
    positions = JSON.parse(String(formData.get("positions") ?? "[]"));
  } catch {
    return { message: "The review could not be read; reload the page and try again." };
  }
  const parsed = PublishDraftSchema.safeParse({ draftId: formData.get("draftId"), positions });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { message: `A position is incomplete: ${issue?.message ?? "check every accepted position"}.` };
  }
  const result = await publishDraft(parsed.data.draftId, parsed.data.positions, user.id);
  if (result.status === "not-found") return { message: "This draft no longer exists." };
  if (result.status === "invalid") return { message: result.message };
  redirect(`/articles/${result.articleId}?${result.status === "published" ? "published=1" : "duplicate=1"}`);
}
