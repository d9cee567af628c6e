"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "./auth";
import { safeNextPath } from "./roles";
import { SignInSchema } from "./schemas";
import { signInWithPassword } from "./sign-in";

export interface SignInFormState {
  message: string | null;
  fieldErrors: { email?: string[]; password?: string[] };
  /** What the user typed, so a wrong password keeps the email. Never the password. */
  values: { email: string };
}

export async function signInAction(_previous: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const email = String(formData.get("email") ?? "");
  const values = { email };
  const parsed = SignInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { message: "Check the highlighted fields.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const result = await signInWithPassword(parsed.data, await headers());
  if (!result.ok) return { message: result.message, fieldErrors: {}, values };
  redirect(safeNextPath(formData.get("next")));
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
