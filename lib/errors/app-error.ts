/**
 * The one error type for expected failures: things a user can cause and fix (a duplicate
 * email, a stale page, a missing condition). Each carries a code, a message written for the
 * person who sees it, and per-field messages where a form field is to blame. Anything that
 * is not an AppError is unexpected: it is logged and shown as a generic message
 * (lib/forms/run-form-action.ts), never with its internals.
 */
export type AppErrorCode =
  /** Nobody is signed in (or the session ended, or the account was disabled): signing in again helps. */
  | "UNAUTHENTICATED"
  /** The signed-in account lacks the role: signing in again will not help, so it is told apart from 401. */
  | "FORBIDDEN"
  /** A form or request failed its zod schema; `fieldErrors` say which field and why, so nothing typed is lost. */
  | "INVALID_INPUT"
  /** What the form refers to is gone (a deleted draft, an id from a stale page, a forged request). */
  | "NOT_FOUND"
  /** A position names a code the reference data does not know; storing it would break the matrix's rows. */
  | "UNKNOWN_COUNTRY"
  /** Evidence offsets outside the article text: a stale or tampered review, which must not publish a wrong quote. */
  | "EVIDENCE_OUTSIDE_ARTICLE"
  /** Retracting twice would overwrite the first retraction's time and note in the record. */
  | "ALREADY_RETRACTED"
  /** Emails are unique: a second account for one address would split one person's history. */
  | "EMAIL_TAKEN"
  /** An admin disabling their own account would lock themselves out mid-session. */
  | "CANNOT_DISABLE_SELF"
  /** Wrong email or password, said as one so that sign-in does not reveal which emails have accounts. */
  | "INVALID_CREDENTIALS"
  /** The account exists but an admin disabled it: retrying will not help, an admin can re-enable it. */
  | "ACCOUNT_DISABLED"
  /** A sign-in limit (per address or per account) is reached: the user must wait, not retry. */
  | "TOO_MANY_ATTEMPTS"
  /** A publish from a review page older than the saved draft would publish decisions its editor never saw. */
  | "STALE_DRAFT"
  /** A same-day contradiction would change the matrix silently: the editor resolves or confirms it first. */
  | "UNCONFIRMED_CONTRADICTION"
  /** The draft is published: its positions now belong to the article and are corrected there. */
  | "DRAFT_CLOSED"
  /** Other saves of the same draft kept winning the race; retrying in a moment succeeds. */
  | "DRAFT_BUSY"
  /** A paste took longer than its time budget to analyse; it was stopped so that one paste cannot hold the server. */
  | "ANALYSIS_OVER_BUDGET"
  /** Every analysis worker is busy and the queue is full: trying again shortly helps, nothing was saved. */
  | "ANALYSIS_BUSY";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  UNKNOWN_COUNTRY: 400,
  EVIDENCE_OUTSIDE_ARTICLE: 400,
  ALREADY_RETRACTED: 409,
  EMAIL_TAKEN: 409,
  CANNOT_DISABLE_SELF: 409,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  TOO_MANY_ATTEMPTS: 429,
  STALE_DRAFT: 409,
  UNCONFIRMED_CONTRADICTION: 409,
  DRAFT_CLOSED: 409,
  DRAFT_BUSY: 409,
  ANALYSIS_OVER_BUDGET: 422,
  ANALYSIS_BUSY: 503,
};

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Sign in to continue.",
  FORBIDDEN: "Your account may not do this.",
  INVALID_INPUT: "Some fields need attention.",
  NOT_FOUND: "It no longer exists.",
  UNKNOWN_COUNTRY: "Unknown country or actor code.",
  EVIDENCE_OUTSIDE_ARTICLE: "A position's evidence lies outside the article text.",
  ALREADY_RETRACTED: "It is already retracted.",
  EMAIL_TAKEN: "An account for this email already exists.",
  CANNOT_DISABLE_SELF: "You cannot disable your own account.",
  INVALID_CREDENTIALS: "Wrong email or password.",
  ACCOUNT_DISABLED: "This account is disabled. Ask an admin to re-enable it.",
  TOO_MANY_ATTEMPTS: "Too many attempts; wait a few minutes and try again.",
  STALE_DRAFT:
    "Not published: this draft was changed in another tab or by another editor after this page last saved, so this page does not show the decisions that would be published. Reload to see them, then publish.",
  UNCONFIRMED_CONTRADICTION:
    "Not published: a position contradicts another stated the same day. Resolve it (change the date or the stance, or reject one), or confirm that both stand.",
  DRAFT_CLOSED: "This article has been published meanwhile; its decisions can no longer change here.",
  DRAFT_BUSY: "The draft is being changed from elsewhere right now; try again.",
  ANALYSIS_OVER_BUDGET: "Analysing this text took too long, so it was stopped and nothing was saved.",
  ANALYSIS_BUSY: "The server is analysing many articles right now and nothing was saved; submit again in a minute.",
};

/** Messages per form field (a dotted path for nested input, e.g. `positions.2.condition`). */
export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors;

  constructor(code: AppErrorCode, options: { message?: string; fieldErrors?: FieldErrors } = {}) {
    super(options.message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
  }

  /** The status a route handler answers with. */
  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
