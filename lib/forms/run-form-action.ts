import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireUser, type Role, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logger } from "@/lib/log/logger";
import type { FormState } from "./form-state";

export const UNEXPECTED_ERROR_MESSAGE =
  "Something went wrong on our side and it was not saved. What you entered is still here: try again in a moment.";

/**
 * Runs a form's server action and turns its failure into a form state that keeps `values`:
 * an AppError is shown as it is (message and field messages); anything else is logged and
 * shown generically. Next's own control flow (redirect, notFound) passes through.
 */
export async function runFormAction<Field extends string>(
  values: Partial<Record<Field, string>>,
  run: () => Promise<FormState<Field>>,
): Promise<FormState<Field>> {
  try {
    return await run();
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error }, "server action failed: database unavailable");
      return { status: "error", message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: {}, values };
    }
    logger.error({ err: error }, "server action failed");
    return { status: "error", message: UNEXPECTED_ERROR_MESSAGE, fieldErrors: {}, values };
  }
}

/** runFormAction for signed-in work: the session and role are checked before `run` sees the user. */
export async function runSessionAction<Field extends string>(
  minRole: Role,
  values: Partial<Record<Field, string>>,
  run: (user: SessionUser) => Promise<FormState<Field>>,
): Promise<FormState<Field>> {
  return runFormAction(values, async () => run(await requireUser(minRole)));
}
