import { z } from "zod";
import { CommitmentTypeSchema, IsoDaySchema, LinksSchema, PastOrTodaySchema, StanceSchema } from "./common";
import { MatrixCellSchema } from "./matrix";

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
    // A country's cell for this type, as in the matrix, with the country named.
    countries: z.array(
      MatrixCellSchema.omit({ changedSince: true }).extend({ code: z.string(), name: z.string(), region: z.string() }),
    ),
    links: LinksSchema,
  })
  .meta({ id: "CommitmentType" });
export type CommitmentTypeResponse = z.infer<typeof CommitmentTypeResponseSchema>;
