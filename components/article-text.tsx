import { Fragment } from "react";

export interface StatementSpan {
  id: string;
  start: number;
  end: number;
}

type BodySegment = { text: string; statementId: string | null };

/**
 * The body cut into runs, in order: the text of each recorded statement (by its offsets) and the
 * plain text between them. A span that overlaps an earlier one or falls outside the body is
 * left as plain text rather than drawn twice.
 */
export function segmentArticleBody(body: string, statements: readonly StatementSpan[]): BodySegment[] {
  const spans = statements
    .filter((span) => span.start >= 0 && span.end <= body.length && span.start < span.end)
    .sort((a, b) => a.start - b.start);
  const segments: BodySegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: body.slice(at, span.start), statementId: null });
    segments.push({ text: body.slice(span.start, span.end), statementId: span.id });
    at = span.end;
  }
  if (at < body.length) segments.push({ text: body.slice(at), statementId: null });
  return segments;
}

/** The article's full text with each recorded statement marked and linked to its entry above. */
export function ArticleText({ body, statements }: { body: string; statements: readonly StatementSpan[] }) {
  return (
    <div className="mt-2 whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-[15px] leading-7">
      {segmentArticleBody(body, statements).map((segment, index) =>
        segment.statementId ? (
          <a key={index} href={`#statement-${segment.statementId}`} data-testid="statement-in-text">
            <mark className="rounded bg-amber-100 px-0.5 text-slate-900">{segment.text}</mark>
          </a>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </div>
  );
}
