import "server-only";
import { isAPIError } from "better-auth/api";
import { AppError } from "@/lib/errors/app-error";
import { DISABLED_ACCOUNT_MESSAGE, getAuth } from "./auth";
import type { SignInInput } from "./schemas";

/**
 * Signs in through better-auth's endpoint, so the limits and hooks of auth.ts apply; with
 * next/headers' request headers and the nextCookies plugin, the session cookie is set on the
 * server action's response. Returns the user id; a refusal is an AppError (INVALID_CREDENTIALS,
 * ACCOUNT_DISABLED, TOO_MANY_ATTEMPTS with better-auth's message saying how long to wait).
 */
export async function signInWithPassword(input: SignInInput, requestHeaders: Headers): Promise<string> {
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: requestHeaders,
    });
    return result.user.id;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.status === "UNAUTHORIZED") throw new AppError("INVALID_CREDENTIALS");
    if (error.status === "FORBIDDEN") throw new AppError("ACCOUNT_DISABLED", { message: DISABLED_ACCOUNT_MESSAGE });
    if (error.status === "TOO_MANY_REQUESTS") throw new AppError("TOO_MANY_ATTEMPTS", { message: error.message });
    throw error;
  }
}
