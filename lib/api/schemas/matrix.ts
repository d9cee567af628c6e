import { z } from "zod";
import { REGIONS } from "@/lib/view-state/view-params";
import {
  BlocParamSchema,
  DateTimeSchema,
  dayViewQueryShape,
  CommitmentTypeSchema,
  IsoDaySchema,
  LinksSchema,
  PastOrTodaySchema,
  StanceSchema,
  StancesParamSchema,
  TypesParamSchema,
} from "./common";

/** The matrix view's parameters: the same names and values as the page's URL. */
export const MatrixQuerySchema = z.strictObject({
  ...dayViewQueryShape,
  since: PastOrTodaySchema.optional().meta({ description: "Marks the cells whose stance changed after this day." }),
  types: TypesParamSchema.optional(),
  stances: StancesParamSchema.optional(),
  bloc: BlocParamSchema.optional(),
  region: z
    .string()
    .transform((value, context) => {
      const region = REGIONS.find((known) => known.toLowerCase() === value.toLowerCase());
      if (!region) context.addIssue({ code: "custom", message: `must be one of ${REGIONS.join(", ").toLowerCase()}` });
      return region ?? z.NEVER;
    })
    .optional()
    .meta({ description: `A world region: ${REGIONS.join(", ").toLowerCase()}.` }),
  q: z.string().max(100).optional().meta({ description: "Part of a country name." }),
  sort: z
    .union([z.enum(["name", "commitments"]), CommitmentTypeSchema])
    .optional()
    .meta({ description: "Row order: name, number of commitments, or a type key (strongest stance first)." }),
});

export const MatrixCellSchema = z.object({
  commitmentId: z.string(),
  statementId: z.string(),
  articleId: z.string(),
  stance: StanceSchema,
  condition: z.string().nullable(),
  /** Two or more different stances were stated on the day of the standing statement. */
  contested: z.boolean(),
  statedOn: IsoDaySchema,
  sentence: z.string(),
  speaker: z.string().nullable(),
  articleTitle: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  /** Present when the view has `since`: the stance at `since` differed (or there was none). */
  changedSince: z.boolean().optional(),
});

export const MatrixResponseSchema = z
  .object({
    asOf: IsoDaySchema,
    since: IsoDaySchema.nullable(),
    /** The instant a cited view (`v`) pins; null for the live data. */
    recordedAt: DateTimeSchema.nullable(),
    types: z.array(CommitmentTypeSchema),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        region: z.string(),
        cells: z.partialRecord(CommitmentTypeSchema, MatrixCellSchema),
      }),
    ),
    links: LinksSchema,
  })
  .meta({ id: "Matrix" });
export type MatrixResponse = z.infer<typeof MatrixResponseSchema>;
