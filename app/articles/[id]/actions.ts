"use server";

import { refresh, revalidatePath } from "next/cache";
import type { z } from "zod";
import { readFormFields } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { parseInput } from "@/lib/forms/parse-input";
import { runSessionAction } from "@/lib/forms/run-form-action";
import { correctCommitment, retractArticle, retractCommitment } from "@/lib/ingest/corrections";
import { CorrectCommitmentSchema, RetractSchema } from "@/lib/ingest/schema";

/** A correction or retraction form's state; `values` keep the editor's choices on a refusal. */
export type CorrectionFormState = FormState;

async function runCorrection<Schema extends z.ZodObject>(
  formData: FormData,
  schema: Schema,
  apply: (input: z.output<Schema>, actorId: string) => Promise<void>,
  doneMessage: string,
): Promise<CorrectionFormState> {
  const values = readFormFields(formData, schema.keyof().options as string[]);
  return runSessionAction("editor", values, async (user) => {
    await apply(parseInput(schema, values), user.id);
    // Every page showing positions may now be stale (client router cache included), and the
    // page the editor is on re-renders with the change.
    revalidatePath("/", "layout");
    refresh();
    return { status: "done", message: doneMessage, fieldErrors: {}, values: {} };
  });
}

export async function correctCommitmentAction(_previous: CorrectionFormState, formData: FormData) {
  return runCorrection(
    formData,
    CorrectCommitmentSchema,
    correctCommitment,
    "Corrected; the change is in the audit log.",
  );
}

export async function retractCommitmentAction(_previous: CorrectionFormState, formData: FormData) {
  return runCorrection(formData, RetractSchema, retractCommitment, "Retracted; the matrix no longer shows it.");
}

export async function retractArticleAction(_previous: CorrectionFormState, formData: FormData) {
  return runCorrection(formData, RetractSchema, retractArticle, "Article retracted; its positions left the matrix.");
}
