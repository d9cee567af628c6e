"use client";

import { useActionState } from "react";
import { createUserAction, type NewUserFormState } from "@/app/admin/users/actions";
import { FormField, InputField, inputFieldFromState } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/forms/form-state";

const initialState: NewUserFormState = initialFormState({ email: "", name: "", role: "editor" });

const buttonClass = "rounded bg-slate-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-60";
const inputClass = "rounded border border-slate-300 px-3 py-2 text-slate-900 aria-[invalid=true]:border-rose-600";

export function AdminNewUserForm() {
  const [state, formAction, isPending] = useActionState(createUserAction, initialState);
  const field = (name: "email" | "name" | "password") => ({
    ...inputFieldFromState(state, "new-user", name),
    className: inputClass,
  });
  return (
    <form
      action={formAction}
      aria-labelledby="new-user-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <h2 id="new-user-heading" className="font-semibold">
        Add a user
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField {...field("email")} label="Email" type="email" autoComplete="off" />
        <InputField {...field("name")} label="Name" autoComplete="off" />
        <FormField id="new-user-role" label="Role" errors={state.fieldErrors.role}>
          {(props) => (
            <select
              {...props}
              name="role"
              defaultValue={state.values.role}
              key={state.values.role}
              className={inputClass}
            >
              <option value="editor">Editor: adds and reviews articles</option>
              <option value="admin">Admin: also manages users and reads the audit log</option>
            </select>
          )}
        </FormField>
        <InputField
          {...field("password")}
          label="Initial password"
          hint="At least 12 characters. Give it to the user in person or another safe channel."
          type="password"
          autoComplete="new-password"
        />
      </div>
      <div
        role="status"
        aria-live="polite"
        data-testid="new-user-message"
        className={state.status === "done" ? "text-sm text-emerald-700" : "text-sm text-rose-700"}
      >
        {state.message}
      </div>
      <SubmitButton isPending={isPending} label="Add user" pendingLabel="Adding…" className={buttonClass} />
    </form>
  );
}
