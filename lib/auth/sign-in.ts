import "server-only";
import { isAPIError } from "better-auth/api";
import { DISABLED_ACCOUNT_MESSAGE, getAuth } from "./auth";
import type { SignInInput } from "./schemas";

export type SignInResult =
  { ok: true; userId: string } | { ok: false; reason: "invalid" | "disabled" | "limited"; message: string };

/**
 * Signs in through better-auth's endpoint, so the limits and hooks of auth.ts apply; with
 * next/headers' request headers and the nextCookies plugin, the session cookie is set on the
 * server action's response.
 */
export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<SignInResult> {
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: requestHeaders,
    });
    return { ok: true, userId: result.user.id };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.status === "UNAUTHORIZED") return { ok: false, reason: "invalid", message: "Wrong email or password." };
    if (error.status === "FORBIDDEN") return { ok: false, reason: "disabled", message: DISABLED_ACCOUNT_MESSAGE };
    if (error.status === "TOO_MANY_REQUESTS") return { ok: false, reason: "limited", message: error.message };
    throw error;
  }
}
