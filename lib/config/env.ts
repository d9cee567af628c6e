import { z } from "zod";
import { dialectOf, redactUrl, resolveDatabaseUrl } from "@/lib/db/dialect";

/** The environment the app reads, validated once at start so a typo fails loudly. */
export const AppEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => resolveDatabaseUrl({ DATABASE_URL: value }))
    .refine(
      (url) => {
        try {
          dialectOf(url);
          return true;
        } catch {
          return false;
        }
      },
      { message: "must be a file: URL (SQLite) or a postgresql:// URL" },
    ),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SEED_DEMO: z.enum(["0", "1"], { message: 'must be "0" or "1"' }).default("1"),
});

export type AppEnv = z.infer<typeof AppEnvSchema>;

export function readAppEnv(env: Record<string, string | undefined> = process.env): AppEnv {
  const parsed = AppEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    PORT: env.PORT || undefined,
    SEED_DEMO: env.SEED_DEMO || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function describeDatabase(url: string): string {
  return dialectOf(url) === "sqlite" ? `SQLite ${url.replace(/^file:/, "")}` : `PostgreSQL ${redactUrl(url)}`;
}
