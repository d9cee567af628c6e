import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";
import { ROLES } from "./roles";

// One schema per input, shared by the forms, the server actions and the CLI.

export const EmailSchema = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, { message: "Enter an email address." })
  .pipe(z.email({ message: "Enter a valid email address, like name@example.org." }));

export const NewPasswordSchema = z
  .string({ message: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` });

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ message: "Enter your password." })
    .min(1, { message: "Enter your password." })
    .max(MAX_PASSWORD_LENGTH, { message: "That is not the password." }),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export const NewUserSchema = z.object({
  email: EmailSchema,
  name: z
    .string({ message: "Enter a name." })
    .trim()
    .min(1, { message: "Enter a name." })
    .max(100, { message: "Use at most 100 characters." }),
  role: z.enum(ROLES, { message: "Choose editor or admin." }),
  password: NewPasswordSchema,
});
export type NewUserInput = z.infer<typeof NewUserSchema>;

export const UserStatusChangeSchema = z.object({
  userId: z.string().min(1).max(100),
  intent: z.enum(["disable", "enable"]),
  note: z.string().trim().max(500, { message: "Use at most 500 characters." }).optional().default(""),
});
