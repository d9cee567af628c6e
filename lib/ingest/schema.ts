/**
 * The inputs of the editorial workflow, one zod schema each, shared by the forms, the
 * server actions and the bulk import. Messages are written for the editor who sees them.
 */
import { z } from "zod";
import { COMMITMENT_TYPES, STANCES } from "@/lib/domain/taxonomy";
import { parseIsoDay, todayIsoDay } from "@/lib/dates/iso-day";

export const MAX_BODY_BYTES = 200 * 1024;

// Control characters other than tab, newline and carriage return mark a binary or broken paste.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value));

const utf8 = new TextEncoder();

/** The message for a paste over the limit; the form checks it before sending, the action again. */
export function oversizedBodyMessage(body: string): string | null {
  // A UTF-8 character is at most 3 bytes per UTF-16 unit: most pastes are decided without encoding.
  if (body.length * 3 <= MAX_BODY_BYTES || utf8.encode(body).length <= MAX_BODY_BYTES) return null;
  return `The article text is ${(utf8.encode(body).length / 1024).toFixed(0)} KB, over the limit of ${MAX_BODY_BYTES / 1024} KB; paste one article at a time, without comments or other articles.`;
}

export const ArticleBodySchema = z
  .string({ message: "Paste the article text." })
  .refine((body) => body.trim().length > 0, { message: "The article text is empty." })
  .superRefine((body, context) => {
    const message = oversizedBodyMessage(body);
    if (message) context.addIssue({ code: "custom", message });
  })
  .refine((body) => !CONTROL_CHARACTERS.test(body), {
    message: "The text contains binary or control characters; paste plain text (copy it from the page again).",
  });

export const PublicationDateSchema = z
  .string({ message: "Give the publication date." })
  .trim()
  .min(1, { message: "Give the publication date." })
  .refine((value) => parseIsoDay(value) !== null, { message: "Use a valid date (YYYY-MM-DD)." })
  .refine((value) => value <= todayIsoDay(), { message: "The publication date is in the future." });

export const IngestArticleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: "Give the article's title." })
    .max(300, { message: "The title is over 300 characters." }),
  outlet: z
    .string()
    .trim()
    .min(1, { message: "Give the outlet (e.g. Reuters)." })
    .max(120, { message: "The outlet is over 120 characters." }),
  url: optionalText.pipe(
    z
      .url({
        protocol: /^https?$/,
        message: "Use a full web address starting with http:// or https://, or leave it empty.",
      })
      .max(2000)
      .nullable(),
  ),
  published: PublicationDateSchema,
  body: ArticleBodySchema,
});

export type IngestArticleInput = z.infer<typeof IngestArticleSchema>;
export type IngestArticleField = keyof IngestArticleInput;

/** One position as the editor leaves it on the review page. */
export const ReviewedPositionSchema = z
  .object({
    country: z.string().trim().min(2, { message: "Choose the country or actor." }).max(8).toUpperCase(),
    commitment: z.enum(COMMITMENT_TYPES),
    stance: z.enum(STANCES),
    condition: optionalText.nullable().default(null),
    speaker: optionalText.nullable().default(null),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    statedOn: z.string().refine((value) => parseIsoDay(value) !== null, { message: "Use a valid date." }),
    confidence: z.number().min(0).max(1).nullable().default(null),
    cues: z.array(z.string().max(200)).max(50).default([]),
    decision: z.enum(["accepted", "rejected", "pending"]),
  })
  .refine((position) => position.end > position.start, { message: "The evidence must be a sentence of the article." })
  .refine((position) => position.stance !== "conditional" || Boolean(position.condition), {
    message: "A conditional stance needs its condition.",
    path: ["condition"],
  });

export type ReviewedPosition = z.infer<typeof ReviewedPositionSchema>;

export const PublishDraftSchema = z.object({
  draftId: z.string().min(1),
  positions: z.array(ReviewedPositionSchema).max(500),
});

/** A correction of a published commitment; the note says why, for the audit log. */
export const CorrectCommitmentSchema = z.object({
  commitmentId: z.string().min(1),
  country: z.string().trim().min(2).max(8).toUpperCase(),
  commitment: z.enum(COMMITMENT_TYPES),
  stance: z.enum(STANCES),
  condition: optionalText.nullable(),
  note: z.string().trim().min(3, { message: "Say why you make this change (it goes into the audit log)." }).max(2000),
});

export const RetractSchema = z.object({
  id: z.string().min(1),
  note: z.string().trim().min(3, { message: "Say why you retract it (it goes into the audit log)." }).max(2000),
});
