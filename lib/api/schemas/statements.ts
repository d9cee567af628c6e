import { z } from "zod";
import {
  ArticleRefSchema,
  CommitmentTypeSchema,
  CountryCodeParamSchema,
  DateTimeSchema,
  IsoDaySchema,
  StanceSchema,
} from "./common";

const STATEMENTS_MAX_LIMIT = 100;
export const STATEMENTS_DEFAULT_LIMIT = 25;

/** The position after which the next page starts: the last item's sort key. */
const StatementsCursorSchema = z.object({ statedOn: DateTimeSchema, id: z.string().min(1).max(64) });
export type StatementsCursor = z.infer<typeof StatementsCursorSchema>;

export function encodeStatementsCursor(cursor: StatementsCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

const CursorParamSchema = z
  .string()
  .max(400)
  .meta({ description: "The `nextCursor` of the previous page." })
  .transform((value, context) => {
    try {
      return StatementsCursorSchema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    } catch {
      context.addIssue({ code: "custom", message: "is not a cursor this API gave out" });
      return z.NEVER;
    }
  });

export const StatementsQuerySchema = z
  .strictObject({
    country: CountryCodeParamSchema.optional(),
    type: CommitmentTypeSchema.optional(),
    stance: StanceSchema.optional(),
    from: IsoDaySchema.optional().meta({ description: "Stated on or after this day." }),
    to: IsoDaySchema.optional().meta({ description: "Stated on or before this day." }),
    cursor: CursorParamSchema.optional(),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, `must be a whole number from 1 to ${STATEMENTS_MAX_LIMIT}`)
      .transform(Number)
      .pipe(z.number().int().min(1).max(STATEMENTS_MAX_LIMIT))
      .optional()
      .meta({ description: `Items per page, 1 to ${STATEMENTS_MAX_LIMIT} (default ${STATEMENTS_DEFAULT_LIMIT}).` }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "must not be before from",
  });
export type StatementsQuery = z.infer<typeof StatementsQuerySchema>;

const StatementSchema = z.object({
  id: z.string(),
  country: z.object({ code: z.string(), name: z.string() }),
  speaker: z.string().nullable(),
  sentence: z.string(),
  statedOn: IsoDaySchema,
  recordedAt: DateTimeSchema,
  article: ArticleRefSchema,
  commitments: z.array(
    z.object({
      id: z.string(),
      type: CommitmentTypeSchema,
      stance: StanceSchema,
      condition: z.string().nullable(),
    }),
  ),
});

export const StatementsPageSchema = z
  .object({
    items: z.array(StatementSchema),
    limit: z.number().int(),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "StatementsPage" });
export type StatementsPage = z.infer<typeof StatementsPageSchema>;
