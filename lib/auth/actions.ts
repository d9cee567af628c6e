"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { readFormFields } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { parseInput } from "@/lib/forms/parse-input";
import { runFormAction } from "@/lib/forms/run-form-action";
import { getAuth } from "./auth";
import { safeNextPath } from "./roles";
import { SignInSchema } from "./schemas";
import { signInWithPassword } from "./sign-in";

/** `values` keep the email, so a wrong password does not make the user retype it; never the password. */
export type SignInFormState = FormState<"email" | "password">;

export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const { email, password, next } = readFormFields(formData, ["email", "password", "next"]);
  return runFormAction({ email }, async () => {
    await signInWithPassword(
      parseInput(SignInSchema, { email, password }, "Check the highlighted fields."),
      await headers(),
    );
    redirect(safeNextPath(next));
  });
}

/** Deletes the session row and the cookie; signing out twice is harmless. */
export async function signOutAction(): Promise<void> {
  try {
    await getAuth().api.signOut({ headers: await headers() });
  } catch {
    // No session (already signed out, or the account was disabled): nothing to end.
  }
  redirect("/");
}
