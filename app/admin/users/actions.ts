"use server";

import { revalidatePath } from "next/cache";
import { NewUserSchema, UserStatusChangeSchema } from "@/lib/auth/schemas";
import { createUserAccount, setUserDisabled } from "@/lib/auth/users";
import { readFormFields } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { parseInput } from "@/lib/forms/parse-input";
import { runSessionAction } from "@/lib/forms/run-form-action";

/** `values` keep what the admin typed on an error; never the password. */
export type NewUserFormState = FormState<"email" | "name" | "role" | "password">;

const EMPTY_VALUES = { email: "", name: "", role: "editor" };

/** Adds an editor or admin with an initial password; audited as `user.create`. */
export async function createUserAction(_previous: NewUserFormState, formData: FormData): Promise<NewUserFormState> {
  const { password, ...values } = readFormFields(formData, ["email", "name", "role", "password"]);
  return runSessionAction("admin", values, async (admin) => {
    const user = await createUserAccount(parseInput(NewUserSchema, { ...values, password }), { actorId: admin.id });
    revalidatePath("/admin/users");
    return { status: "done", message: `Added ${user.email} as ${user.role}.`, fieldErrors: {}, values: EMPTY_VALUES };
  });
}

export type UserStatusFormState = FormState<"userId" | "intent" | "note">;

/** Disables (ends every session at once) or re-enables a user; audited as `user.disable` / `user.enable`. */
export async function setUserDisabledAction(
  _previous: UserStatusFormState,
  formData: FormData,
): Promise<UserStatusFormState> {
  const values = readFormFields(formData, ["userId", "intent", "note"]);
  return runSessionAction("admin", {}, async (admin) => {
    const input = parseInput(UserStatusChangeSchema, values, "That request was malformed.");
    const disabled = input.intent === "disable";
    await setUserDisabled({ userId: input.userId, disabled, note: input.note }, { actorId: admin.id });
    revalidatePath("/admin/users");
    return { status: "done", message: disabled ? "Disabled." : "Re-enabled.", fieldErrors: {}, values: {} };
  });
}
