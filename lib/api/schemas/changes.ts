import { z } from "zod";
import { CommitmentTypeSchema, IsoDaySchema, PastOrTodaySchema, StanceSchema } from "./common";

export const ChangesQuerySchema = z
  .strictObject({
    from: PastOrTodaySchema.meta({ description: "The earlier day (required)." }),
    to: PastOrTodaySchema.optional().meta({ description: "The later day (default today)." }),
  })
  .refine((query) => !query.to || query.from <= query.to, { path: ["to"], message: "must not be before from" });

const PositionSchema = z.object({
  commitmentId: z.string(),
  stance: StanceSchema,
  condition: z.string().nullable(),
  statedOn: IsoDaySchema,
  sentence: z.string(),
  outlet: z.string(),
});

export const ChangesResponseSchema = z
  .object({
    from: IsoDaySchema,
    to: IsoDaySchema,
    /** Every country and type whose standing position differs between the two days. */
    changes: z.array(
      z.object({
        countryCode: z.string(),
        countryName: z.string(),
        type: CommitmentTypeSchema,
        before: PositionSchema.nullable(),
        after: PositionSchema.nullable(),
      }),
    ),
  })
  .meta({ id: "Changes" });
export type ChangesResponse = z.infer<typeof ChangesResponseSchema>;
