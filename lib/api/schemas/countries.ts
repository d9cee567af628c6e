import { z } from "zod";
import {
  ArticleRefSchema,
  BlocSchema,
  CommitmentTypeSchema,
  DateTimeSchema,
  dayViewQueryShape,
  IsoDaySchema,
  LinksSchema,
  PastOrTodaySchema,
  StanceSchema,
} from "./common";

export const CountriesQuerySchema = z.strictObject({
  at: PastOrTodaySchema.optional().meta({
    description: "The day whose standing positions are counted (default today).",
  }),
});

export const CountriesResponseSchema = z
  .object({
    asOf: IsoDaySchema,
    countries: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        region: z.string(),
        isActor: z.boolean(),
        memberships: z.array(BlocSchema),
        /** How many commitment types have a standing position at `asOf`. */
        positionCount: z.number().int().min(0),
        links: LinksSchema,
      }),
    ),
  })
  .meta({ id: "Countries" });
export type CountriesResponse = z.infer<typeof CountriesResponseSchema>;

export const CountryQuerySchema = z.strictObject(dayViewQueryShape);

const CountryCommitmentSchema = z.object({
  id: z.string(),
  stance: StanceSchema,
  condition: z.string().nullable(),
  statedOn: IsoDaySchema,
  sentence: z.string(),
  speaker: z.string().nullable(),
  retracted: z.boolean(),
  article: ArticleRefSchema,
  /** Corrections and retractions, oldest first (the editor's identity is not published). */
  changes: z.array(
    z.object({
      at: DateTimeSchema,
      action: z.enum(["corrected", "retracted"]),
      note: z.string().nullable(),
      stanceBefore: StanceSchema.nullable(),
    }),
  ),
});

export const CountryResponseSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    region: z.string(),
    isActor: z.boolean(),
    memberships: z.array(BlocSchema),
    asOf: IsoDaySchema,
    /**
     * The instant a cited view (`v`) pins; null for the live data. Pinned, the timelines are as recorded then
     * and the history lists are empty (they are in the live view only).
     */
    recordedAt: DateTimeSchema.nullable(),
    positions: z.array(
      z.object({
        type: CommitmentTypeSchema,
        current: CountryCommitmentSchema.nullable(),
        /** Different stances were stated on the day of the current one. */
        contested: z.boolean(),
        /** The days the stance changed, newest first, from the position history. */
        timeline: z.array(
          z.object({
            since: IsoDaySchema,
            stance: StanceSchema,
            condition: z.string().nullable(),
            contested: z.boolean(),
            commitmentId: z.string(),
          }),
        ),
        /** The latest accepted statements on the type, newest first, retracted ones marked. */
        history: z.array(CountryCommitmentSchema),
      }),
    ),
    links: LinksSchema,
  })
  .meta({ id: "Country" });
export type CountryResponse = z.infer<typeof CountryResponseSchema>;
