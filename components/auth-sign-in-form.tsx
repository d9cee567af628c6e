"use client";

import { useActionState } from "react";
import { InputField, inputFieldFromState } from "@/components/form-field";
import { SubmitButton } from "@/components/submit-button";
import { signInAction, type SignInFormState } from "@/lib/auth/actions";
import { initialFormState } from "@/lib/forms/form-state";

const initialState: SignInFormState = initialFormState({ email: "" });

const buttonClass = "w-full rounded bg-slate-900 px-3 py-2 font-medium text-white disabled:opacity-60";
const inputClass =
  "rounded border border-slate-300 px-3 py-2 text-slate-900 aria-[invalid=true]:border-rose-600 focus:outline-2 focus:outline-slate-900";

export function AuthSignInForm({ next }: { next: string }) {
  const [state, formAction, isPending] = useActionState(signInAction, initialState);
  const field = (name: "email" | "password") => ({
    ...inputFieldFromState(state, "sign-in", name),
    className: inputClass,
  });
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" noValidate>
      <input type="hidden" name="next" value={next} />
      <InputField {...field("email")} label="Email" type="email" autoComplete="username" required />
      <InputField {...field("password")} label="Password" type="password" autoComplete="current-password" required />
      <div
        id="sign-in-error"
        role="alert"
        aria-live="assertive"
        className="text-sm text-rose-700"
        data-testid="sign-in-error"
      >
        {state.message}
      </div>
      <SubmitButton isPending={isPending} label="Sign in" pendingLabel="Signing in…" className={buttonClass} />
    </form>
  );
}
