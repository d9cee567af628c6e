"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NewUserSchema, UserStatusChangeSchema } from "@/lib/auth/schemas";
import { AuthError, requireUser } from "@/lib/auth/session";
import { createUserAccount, setUserDisabled, UserAccountError } from "@/lib/auth/users";

type NewUserField = "email" | "name" | "role" | "password";

export interface NewUserFormState {
  status: "idle" | "error" | "success";
  message: string | null;
  fieldErrors: Partial<Record<NewUserField, string[]>>;
  /** What the admin typed, kept on an error. Never the password. */
  values: { email: string; name: string; role: string };
}

const EMPTY_VALUES = { email: "", name: "", role: "editor" };

/** Adds an editor or admin with an initial password; audited as `user.create`. */
export async function createUserAction(_previous: NewUserFormState, formData: FormData): Promise<NewUserFormState> {
  const values = {
    email: String(formData.get("email") ?? ""),
    name: String(formData.get("name") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  let admin;
  try {
    admin = await requireUser("admin");
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message, fieldErrors: {}, values };
    throw error;
  }
  const parsed = NewUserSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return {
      status: "error",
      message: "Some fields need attention.",
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      values,
    };
  }
  try {
    const user = await createUserAccount(parsed.data, { actorId: admin.id });
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: `Added ${user.email} as ${user.role}.`,
      fieldErrors: {},
      values: EMPTY_VALUES,
    };
  } catch (error) {
    if (error instanceof UserAccountError && error.code === "EMAIL_TAKEN") {
      return {
        status: "error",
        message: "Some fields need attention.",
        fieldErrors: { email: [error.message] },
        values,
      };
    }
    throw error;
  }
}

export interface UserStatusFormState {
  status: "idle" | "error" | "success";
  message: string | null;
}

/** Disables (ends every session at once) or re-enables a user; audited as `user.disable` / `user.enable`. */
export async function setUserDisabledAction(
  _previous: UserStatusFormState,
  formData: FormData,
): Promise<UserStatusFormState> {
  let admin;
  try {
    admin = await requireUser("admin");
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: error.message };
    throw error;
  }
  const intent = formData.get("intent");
  const parsed = UserStatusChangeSchema.safeParse({
    userId: formData.get("userId"),
    note: formData.get("note") ?? undefined,
  });
  if (!parsed.success || (intent !== "disable" && intent !== "enable"))
    return { status: "error", message: "That request was malformed." };
  try {
    await setUserDisabled(
      { userId: parsed.data.userId, disabled: intent === "disable", note: parsed.data.note },
      { actorId: admin.id },
    );
  } catch (error) {
    if (error instanceof UserAccountError) return { status: "error", message: error.message };
    throw error;
  }
  revalidatePath("/admin/users");
  return { status: "success", message: intent === "disable" ? "Disabled." : "Re-enabled." };
}
