"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AuthError, requireUser } from "@/lib/auth/session";
import { correctCommitment, type CorrectionResult, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { CorrectCommitmentSchema, RetractSchema } from "@/lib/ingest/schema";

export interface CorrectionFormState {
  status: "idle" | "error" | "done";
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
}

async function runCorrection<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  apply: (input: z.infer<Schema>, actorId: string) => Promise<CorrectionResult>,
  doneMessage: string,
): Promise<CorrectionFormState> {
  let user;
  try {
    user = await requireUser("editor");
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message, fieldErrors: {} };
    throw error;
  }
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Some fields need attention.", fieldErrors: z.flattenError(parsed.error).fieldErrors as CorrectionFormState["fieldErrors"] };
  }
  const result = await apply(parsed.data, user.id);
  if (result.status === "not-found") return { status: "error", message: "It no longer exists.", fieldErrors: {} };
  if (result.status === "invalid") return { status: "error", message: result.message, fieldErrors: {} };
  revalidatePath("/", "layout");
  return { status: "done", message: doneMessage, fieldErrors: {} };
}

export async function correctCommitmentAction(_previous: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  return runCorrection(formData, CorrectCommitmentSchema, (input, actorId) => correctCommitment(input, actorId), "Corrected; the change is in the audit log.");
}

export async function retractCommitmentAction(_previous: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  return runCorrection(formData, RetractSchema, (input, actorId) => retractCommitment(input, actorId), "Retracted; the matrix no longer shows it.");
}

export async function retractArticleAction(_previous: CorrectionFormState, formData: FormData): Promise<CorrectionFormState> {
  return runCorrection(formData, RetractSchema, (input, actorId) => retractArticle(input, actorId), "Article retracted; its positions left the matrix.");
}
