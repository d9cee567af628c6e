import { z } from "zod";
import {
  CommitmentTypeSchema,
  DateTimeSchema,
  dayViewQueryShape,
  IsoDaySchema,
  LinksSchema,
  StanceSchema,
} from "./common";
import { MatrixCellSchema } from "./matrix";

export const CommitmentTypeQuerySchema = z.strictObject(dayViewQueryShape);

export const CommitmentTypeResponseSchema = z
  .object({
    type: CommitmentTypeSchema,
    label: z.string(),
    description: z.string(),
    asOf: IsoDaySchema,
    /** The instant a cited view (`v`) pins; null for the live data. */
    recordedAt: DateTimeSchema.nullable(),
    counts: z.partialRecord(StanceSchema, z.number().int().min(0)),
    // A country's cell for this type, as in the matrix, with the country named.
    countries: z.array(
      MatrixCellSchema.omit({ changedSince: true }).extend({ code: z.string(), name: z.string(), region: z.string() }),
    ),
    links: LinksSchema,
  })
  .meta({ id: "CommitmentType" });
export type CommitmentTypeResponse = z.infer<typeof CommitmentTypeResponseSchema>;
