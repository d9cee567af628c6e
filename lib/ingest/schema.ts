/**
 * The inputs of the editorial workflow, one zod schema each, shared by the forms, the
 * server actions and the bulk import. Messages are written for the editor who sees them.
 */
import { z } from "zod";
import { COMMITMENT_TYPES, STANCES } from "@/lib/domain/taxonomy";
import { parseIsoDay, todayIsoDay } from "@/lib/dates/iso-day";

// These schemas also run in the browser (the forms import them), under a Content-Security-Policy
// without 'unsafe-eval': zod's compiled parsers would probe `new Function` and trip it.
z.config({ jitless: true });

export const MAX_BODY_BYTES = 200 * 1024;

// Control characters other than tab, newline and carriage return mark a binary or broken paste.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value));

// Any control character (NUL, escape, the C1 range) in a one-line field: never typed, only
// pasted from binary or hostile input, and a terminal or log that shows it misbehaves.
const LINE_CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;
// In multi-line text (notes), line breaks and tabs are fine.
const TEXT_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const NO_CONTROL_MESSAGE = "Remove the control characters (paste it as plain text).";

/** One line of text up to `max` characters, trimmed, without control characters. */
function lineText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, { message: tooLong })
    .refine((value) => !LINE_CONTROL_CHARACTERS.test(value), { message: NO_CONTROL_MESSAGE });
}

function optionalLine(max: number, tooLong: string) {
  return lineText(max, tooLong).transform((value) => (value === "" ? null : value));
}

/** A note for the audit log: 3 to 2,000 characters, line breaks allowed. */
function auditNote(tooShort: string) {
  return z
    .string()
    .trim()
    .min(3, { message: tooShort })
    .max(2000, { message: "Keep the note under 2,000 characters." })
    .refine((value) => !TEXT_CONTROL_CHARACTERS.test(value), { message: NO_CONTROL_MESSAGE });
}

/**
 * The earliest day a statement or article in the tracker can carry: the tracker covers
 * guarantees for independent Ukraine, so anything before 1991 is a typing error ("0001").
 */
export const EARLIEST_DAY = "1991-01-01";

/**
 * A web address as the WHATWG parser reads it (the way browsers do), stored in its normalised
 * form, so what the tracker shows is what opens: `https://evil.example\\@example.org/` is
 * stored as `https://evil.example/@example.org/`. Credentials in the address are refused.
 */
export const ArticleUrlSchema = optionalText.pipe(
  z
    .string()
    .max(2000, { message: "The address is over 2,000 characters." })
    .transform((value, context) => {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        url = new URL("invalid:");
      }
      if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
        context.addIssue({
          code: "custom",
          message: "Use a full web address starting with http:// or https://, or leave it empty.",
        });
        return z.NEVER;
      }
      if (url.username || url.password) {
        context.addIssue({ code: "custom", message: "Leave the user name and password out of the address." });
        return z.NEVER;
      }
      return url.href;
    })
    .nullable(),
);

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
  .refine((value) => value <= todayIsoDay(), { message: "The publication date is in the future." })
  .refine((value) => value >= EARLIEST_DAY, { message: `Use a date from ${EARLIEST_DAY.slice(0, 4)} on.` });

export const IngestArticleSchema = z.object({
  title: lineText(300, "The title is over 300 characters.").pipe(
    z.string().min(1, { message: "Give the article's title." }),
  ),
  outlet: lineText(120, "The outlet is over 120 characters.").pipe(
    z.string().min(1, { message: "Give the outlet (e.g. Reuters)." }),
  ),
  url: ArticleUrlSchema,
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
    .refine((value) => value <= todayIsoDay(), { message: "The statement date is in the future." })
    .refine((value) => value >= EARLIEST_DAY, { message: `Use a date from ${EARLIEST_DAY.slice(0, 4)} on.` });
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
      condition: optionalLine(500, "Keep the condition under 500 characters.").nullable().default(null),
      speaker: optionalLine(200, "Keep the speaker under 200 characters.").nullable().default(null),
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
  condition: optionalLine(500, "Keep the condition under 500 characters.").nullable(),
  note: auditNote("Say why you make this change (it goes into the audit log)."),
});

export const RetractSchema = z.object({
  id: z.string().min(1),
  note: auditNote("Say why you retract it (it goes into the audit log)."),
});
