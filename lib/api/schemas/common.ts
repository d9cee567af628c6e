import { z } from "zod";
import { parseIsoDay, todayIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPES, STANCES } from "@/lib/domain/taxonomy";
import { BLOCS } from "@/lib/reference/countries";
import { parsePinnedInstant } from "@/lib/view-state/pinned";

/**
 * Pieces shared by the API's schemas. Query parameters arrive as strings, so the query
 * schemas describe strings (what the OpenAPI document shows) and transform them into values;
 * the response schemas describe exactly the JSON we send.
 */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => parseIsoDay(value) !== null, "is not a calendar date")
  .meta({ format: "date", examples: ["2026-01-15"] });

/** A day that has happened: the tracker knows nothing about tomorrow. */
export const PastOrTodaySchema = IsoDaySchema.refine((value) => value <= todayIsoDay(), "must not be in the future");

/**
 * `v`, the recorded instant a cited view pins, read as the pages read it (parsePinnedInstant):
 * the answer is what the tracker showed at that instant, corrections made since undone.
 */
export const PinnedInstantSchema = z
  .string()
  .refine(
    (value) => parsePinnedInstant(value) !== null,
    "must be a past instant in UTC as YYYY-MM-DDTHH:MM:SS(.sss)Z, no earlier than 2020",
  )
  .meta({
    format: "date-time",
    description:
      'A cited view\'s recorded instant (the `v` of a "Cite this view" permalink): the answer is what the tracker showed then, before later corrections and retractions.',
    examples: ["2026-11-30T08:15:30.250Z"],
  });

/** The day parameters every one-day view takes: `at`, its older name `date`, and the pin `v`. */
export const dayViewQueryShape = {
  at: PastOrTodaySchema.optional().meta({ description: "The day to look at (default today)." }),
  date: PastOrTodaySchema.optional().meta({ description: "Older name of `at`, still read for old links." }),
  v: PinnedInstantSchema.optional(),
};

export const CommitmentTypeSchema = z.enum(COMMITMENT_TYPES).meta({ description: "A commitment type key." });
export const StanceSchema = z.enum(STANCES).meta({ description: "A stance key." });
/** Blocs as written in URLs: lower case. */
export const BlocParamSchema = z.enum(["eu", "nato", "cow", "g7"]);
export const BlocSchema = z.enum(BLOCS);

function commaList<Item extends string>(item: z.ZodType<Item, string>, what: string) {
  return (
    z
      .string()
      .meta({ description: `A comma-separated list of ${what}.` })
      // Split as the page's parser map splits it (no trimming), so both read a list alike.
      .transform((value) => value.split(",").filter((part) => part.length > 0))
      .pipe(z.array(item).min(1, `must name at least one of ${what}`))
  );
}

export const TypesParamSchema = commaList(CommitmentTypeSchema, "commitment type keys");
export const StancesParamSchema = commaList(StanceSchema, "stance keys");

/** An ISO 3166-1 alpha-2 code or an actor code (EU, NATO), any case. */
export const CountryCodeParamSchema = z
  .string()
  .regex(/^[A-Za-z]{2,4}$/, "must be a country or actor code such as fr or nato")
  .transform((value) => value.toUpperCase());

export const DateTimeSchema = z.iso.datetime().meta({ description: "An instant, ISO 8601 in UTC." });

export const ArticleRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  publishedOn: IsoDaySchema,
});

export const LinksSchema = z.record(z.string(), z.string()).meta({ description: "Related URLs, absolute." });

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(["invalid_parameter", "not_found"]),
      /** The query or path parameter at fault, when there is one. */
      parameter: z.string().optional(),
      message: z.string(),
    }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof ApiErrorSchema>;
