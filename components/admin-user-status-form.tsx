"use client";

import { useActionState } from "react";
import { setUserDisabledAction, type UserStatusFormState } from "@/app/admin/users/actions";
import { initialFormState } from "@/lib/forms/form-state";

const initialState: UserStatusFormState = initialFormState();

/** The disable / re-enable control of one row of the user list. */
export function AdminUserStatusForm({
  userId,
  email,
  isDisabled,
}: {
  userId: string;
  email: string;
  isDisabled: boolean;
}) {
  const [state, formAction, isPending] = useActionState(setUserDisabledAction, initialState);
  const noteId = `note-${userId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={isDisabled ? "enable" : "disable"} />
      <label htmlFor={noteId} className="sr-only">
        Reason for {isDisabled ? "re-enabling" : "disabling"} {email}
      </label>
      <input
        id={noteId}
        name="note"
        placeholder="Reason (optional)"
        maxLength={500}
        className="w-40 rounded border border-slate-300 px-2 py-1 text-sm"
      />
      <button
        type="submit"
        disabled={isPending}
        aria-label={`${isDisabled ? "Re-enable" : "Disable"} ${email}`}
        className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {isDisabled ? "Re-enable" : "Disable"}
      </button>
      <span
        role="status"
        aria-live="polite"
        className={state.status === "error" ? "text-sm text-rose-700" : "text-sm text-emerald-700"}
      >
        {state.message}
      </span>
    </form>
  );
}
