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

export const DRAFT_DECISIONS = ["pending", "accepted", "rejected"] as const;
export const DraftDecisionSchema = z.enum(DRAFT_DECISIONS);
export type DraftDecision = z.infer<typeof DraftDecisionSchema>;

// Ids are made by the browser for hand-added positions (optimistic UI), so only their shape is checked.
export const DraftPositionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "Unknown position." });

/**
 * When a statement was made: a real day, not after the article that reports it appeared
 * (an old quote re-reported keeps its own date), and not in the future.
 */
export function statementDateSchema(articlePublished: string) {
  return z
    .string({ message: "Give the statement date." })
    .trim()
    .refine((value) => parseIsoDay(value) !== null, { message: "Use a valid date (YYYY-MM-DD).", abort: true })
    .refine((value) => value <= articlePublished, {
      message: `The statement date is after the article's date (${articlePublished}).`,
    })
    .refine((value) => value <= todayIsoDay(), { message: "The statement date is in the future." });
}

/**
 * One position as the editor saves it on the review page (an edit of a proposal, or one
 * added by hand), checked against the article it comes from. The review form validates
 * with it as the editor types; the save action validates the same way on the server.
 */
export function positionEditSchema(articlePublished: string) {
  return z
    .object({
      id: DraftPositionIdSchema,
      country: z.string().trim().min(2, { message: "Choose the country or actor." }).max(8).toUpperCase(),
      commitment: z.enum(COMMITMENT_TYPES, { message: "Choose the commitment type." }),
      stance: z.enum(STANCES, { message: "Choose the stance." }),
      condition: optionalText.nullable().default(null),
      speaker: optionalText.nullable().default(null),
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      statedOn: statementDateSchema(articlePublished),
    })
    .refine((position) => position.end > position.start, {
      message: "The evidence must be a sentence of the article.",
      path: ["start"],
    })
    .refine((position) => position.stance !== "conditional" || Boolean(position.condition), {
      message: "A conditional stance needs its condition.",
      path: ["condition"],
    });
}

export type PositionEdit = z.infer<ReturnType<typeof positionEditSchema>>;
export type PositionEditField = keyof PositionEdit;

export const DecidePositionSchema = z.object({
  draftId: z.string().min(1),
  positionId: DraftPositionIdSchema,
  decision: DraftDecisionSchema,
});

/** A publish names the draft version the editor's page showed (see `publishDraft`). */
export const PublishDraftSchema = z.object({
  draftId: z.string().min(1),
  version: z.coerce.number().int().min(0),
  // A checkbox: "on" when ticked, absent (read as "") when not.
  confirmContradictions: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.null(), z.undefined()])
    .transform((value) => value === "on" || value === "true"),
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
