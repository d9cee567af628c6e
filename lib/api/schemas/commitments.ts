import { z } from "zod";
import { CommitmentTypeSchema, IsoDaySchema, LinksSchema, PastOrTodaySchema, StanceSchema } from "./common";

export const CommitmentTypeQuerySchema = z.strictObject({
  at: PastOrTodaySchema.optional().meta({ description: "The day to look at (default today)." }),
});

export const CommitmentTypeResponseSchema = z
  .object({
    type: CommitmentTypeSchema,
    label: z.string(),
    description: z.string(),
    asOf: IsoDaySchema,
    counts: z.partialRecord(StanceSchema, z.number().int().min(0)),
    countries: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        region: z.string(),
        commitmentId: z.string(),
        statementId: z.string(),
        articleId: z.string(),
        stance: StanceSchema,
        condition: z.string().nullable(),
        contested: z.boolean(),
        statedOn: IsoDaySchema,
        sentence: z.string(),
        speaker: z.string().nullable(),
        articleTitle: z.string(),
        outlet: z.string(),
        url: z.string().nullable(),
      }),
    ),
    links: LinksSchema,
  })
  .meta({ id: "CommitmentType" });
export type CommitmentTypeResponse = z.infer<typeof CommitmentTypeResponseSchema>;
