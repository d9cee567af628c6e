"use server";

import { refresh, revalidatePath } from "next/cache";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { correctCommitment, type CorrectionResult, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { CorrectCommitmentSchema, RetractSchema } from "@/lib/ingest/schema";

export interface CorrectionFormState {
  status: "idle" | "error" | "done";
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  /** What the editor submitted, so a refused correction keeps their choices. */
  values: Record<string, string>;
}

async function runCorrection<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  apply: (input: z.infer<Schema>, actorId: string) => Promise<CorrectionResult>,
  doneMessage: string,
): Promise<CorrectionFormState> {
  const values = Object.fromEntries(
    [...formData].flatMap(([key, value]) => (typeof value === "string" && !key.startsWith("$") ? [[key, value]] : [])),
  );
  let user;
  try {
    user = await requireUser("editor");
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message, fieldErrors: {}, values };
    throw error;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors as CorrectionFormState["fieldErrors"],
      values,
    };
  }
  const result = await apply(parsed.data, user.id);
  if (result.status === "not-found")
    return { status: "error", message: "It no longer exists.", fieldErrors: {}, values };
  if (result.status === "invalid") return { status: "error", message: result.message, fieldErrors: {}, values };
  // Every page showing positions may now be stale (client router cache included), and the
  // page the editor is on re-renders with the change.
  revalidatePath("/", "layout");
  refresh();
  return { status: "done", message: doneMessage, fieldErrors: {}, values: {} };
}

export async function correctCommitmentAction(
  _previous: CorrectionFormState,
  formData: FormData,
): Promise<CorrectionFormState> {
  return runCorrection(
    formData,
    CorrectCommitmentSchema,
    (input, actorId) => correctCommitment(input, actorId),
    "Corrected; the change is in the audit log.",
  );
}

export async function retractCommitmentAction(
  _previous: CorrectionFormState,
  formData: FormData,
): Promise<CorrectionFormState> {
  return runCorrection(
    formData,
    RetractSchema,
    (input, actorId) => retractCommitment(input, actorId),
    "Retracted; the matrix no longer shows it.",
  );
}

export async function retractArticleAction(
  _previous: CorrectionFormState,
  formData: FormData,
): Promise<CorrectionFormState> {
  return runCorrection(
    formData,
    RetractSchema,
    (input, actorId) => retractArticle(input, actorId),
    "Article retracted; its positions left the matrix.",
  );
}
