import "server-only";
import { COMMITMENT_TYPE_INFO, type CommitmentType, STANCE_INFO } from "@/lib/domain/taxonomy";
import { formatDay, toIsoDay } from "@/lib/dates/iso-day";
import { type CorrectionLogEntry, getCorrectionsLog } from "@/lib/queries/get-corrections-log";
import { getLatestChangeInstant } from "@/lib/queries/get-latest-change";
import { getRecentlyPublishedStatements, type PublishedStatement } from "@/lib/queries/get-published-statements";
import { countryPath } from "@/lib/reference/countries";
import { type AtomEntry, buildAtomFeed } from "./atom";
import { absoluteUrl, getSiteUrl } from "./site-url";
import { quoteSentence } from "@/lib/text/quote";

const FEED_SIZE = 50;

/**
 * A tag: URI (RFC 4151): stable even if the tracker moves to another path or host name later,
 * and the same whichever host a request named. Links, by contrast, point where the reader
 * can follow them: the `site` each feed is built for (lib/sharing/site-url.ts `siteUrlOf`).
 */
function entryId(kind: string, id: string): string {
  return `tag:${getSiteUrl().hostname},2026:${kind}:${id}`;
}

function statementEntry(statement: PublishedStatement, site: URL): AtomEntry {
  const positions = statement.commitments
    .map((c) => `${COMMITMENT_TYPE_INFO[c.type].label}: ${STANCE_INFO[c.stance].label.toLowerCase()}`)
    .join("; ");
  const firstType = statement.commitments[0]?.type;
  const by = [statement.speaker, statement.article.outlet].filter(Boolean).join(", ");
  return {
    id: entryId("statement", statement.id),
    title: `${statement.countryName}: ${positions}`,
    link: absoluteUrl(`${countryPath(statement.countryCode)}${firstType ? `#${firstType}` : ""}`, site),
    updated: statement.recordedAt,
    published: statement.recordedAt,
    summary: `${quoteSentence(statement.sentence)} (${by}, ${formatDay(statement.statedOn)}; from “${statement.article.title}”)`,
    categories: statement.commitments.map((c) => c.type),
  };
}

/** An empty feed's `updated`: the last change to the published data (an empty feed is rare; one query then). */
async function updatedWhenEmpty(entries: unknown[]): Promise<Date> {
  return entries.length > 0 ? new Date(0) : await getLatestChangeInstant();
}

export async function buildStatementsFeed(
  site: URL,
  filter: { countryCode?: string; countryName?: string; type?: CommitmentType } = {},
): Promise<string> {
  const statements = await getRecentlyPublishedStatements({ ...filter, limit: FEED_SIZE });
  const about = filter.countryName ?? (filter.type ? COMMITMENT_TYPE_INFO[filter.type].label : null);
  const selfPath = filter.countryCode
    ? `${countryPath(filter.countryCode)}/feed.atom`
    : filter.type
      ? `/commitments/${filter.type}/feed.atom`
      : "/feeds/statements.atom";
  const pagePath = filter.countryCode
    ? countryPath(filter.countryCode)
    : filter.type
      ? `/commitments/${filter.type}`
      : "/";
  return buildAtomFeed({
    id: absoluteUrl(selfPath),
    selfUrl: absoluteUrl(selfPath, site),
    pageUrl: absoluteUrl(pagePath, site),
    title: about ? `Security Guarantees Tracker: ${about}` : "Security Guarantees Tracker: new statements",
    subtitle: about
      ? `Statements on security guarantees for Ukraine newly recorded for ${about}.`
      : "Statements on security guarantees for Ukraine, newest recorded first.",
    entries: statements.map((statement) => statementEntry(statement, site)),
    updatedWhenEmpty: await updatedWhenEmpty(statements),
  });
}

function describeState(state: { stance: keyof typeof STANCE_INFO; condition: string | null }): string {
  return `${STANCE_INFO[state.stance].label.toLowerCase()}${state.condition ? ` (condition: ${state.condition})` : ""}`;
}

/** One sentence saying what a correction changed, shared by the page and the feed. */
export function describeCorrection(entry: CorrectionLogEntry): string {
  if (entry.kind === "article.retract") return `Article “${entry.article.title}” retracted with all its positions.`;
  const subject = `${entry.countryName}, ${
    entry.after
      ? COMMITMENT_TYPE_INFO[entry.after.type].label
      : entry.before
        ? COMMITMENT_TYPE_INFO[entry.before.type].label
        : "a position"
  }`;
  if (entry.kind === "commitment.retract") {
    return `${subject}: position ${entry.before ? describeState(entry.before) : ""} retracted.`.replace("  ", " ");
  }
  const changes: string[] = [];
  if (entry.before && entry.after) {
    if (entry.before.countryCode !== entry.after.countryCode)
      changes.push(`country ${entry.before.countryCode} → ${entry.after.countryCode}`);
    if (entry.before.type !== entry.after.type)
      changes.push(
        `type ${COMMITMENT_TYPE_INFO[entry.before.type].label} → ${COMMITMENT_TYPE_INFO[entry.after.type].label}`,
      );
    if (entry.before.stance !== entry.after.stance || entry.before.condition !== entry.after.condition)
      changes.push(`${describeState(entry.before)} → ${describeState(entry.after)}`);
  }
  return `${subject} corrected: ${changes.length > 0 ? changes.join("; ") : "details re-checked, no change of stance"}.`;
}

export async function buildCorrectionsFeed(site: URL): Promise<string> {
  const log = await getCorrectionsLog({ limit: FEED_SIZE });
  return buildAtomFeed({
    id: absoluteUrl("/feeds/corrections.atom"),
    selfUrl: absoluteUrl("/feeds/corrections.atom", site),
    pageUrl: absoluteUrl("/corrections", site),
    updatedWhenEmpty: await updatedWhenEmpty(log),
    title: "Security Guarantees Tracker: corrections",
    subtitle: "Every correction and retraction of a published position, newest first.",
    entries: log.map((entry) => ({
      id: entryId("correction", entry.id),
      title: describeCorrection(entry),
      link: absoluteUrl(`/corrections#${entry.id}`, site),
      updated: entry.at,
      published: entry.at,
      summary: [
        describeCorrection(entry),
        entry.note ? `Why: ${entry.note}` : null,
        entry.kind !== "article.retract" && entry.sentence ? `Evidence: ${quoteSentence(entry.sentence)}` : null,
        `Recorded ${toIsoDay(entry.at)}.`,
      ]
        .filter(Boolean)
        .join(" "),
    })),
  });
}
