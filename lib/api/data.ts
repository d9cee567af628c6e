import "server-only";
import { endOfIsoDay, parseIsoDay, todayIsoDay, toIsoDay } from "@/lib/dates/iso-day";
import { COMMITMENT_TYPE_INFO, type CommitmentType, type Stance } from "@/lib/domain/taxonomy";
import { getCommitmentView } from "@/lib/queries/get-commitment-positions";
import { type CountryCommitment, getCountryStanceOfView } from "@/lib/queries/get-country-stance";
import { getMatrixAt, type MatrixCell } from "@/lib/queries/get-matrix-at";
import { getMatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { readPublishedStatements } from "@/lib/queries/get-published-statements";
import type { SqlValue } from "@/lib/db/read-sql";
import { COUNTRIES, countryPath } from "@/lib/reference/countries";
import { absoluteUrl } from "@/lib/sharing/site-url";
import { withPin } from "@/lib/view-state/pinned";
import { dayQueryOf, type DayView, matrixQueryOf, type MatrixView } from "@/lib/view-state/view-params";
import type { ChangesResponse } from "./schemas/changes";
import type { CommitmentTypeResponse } from "./schemas/commitments";
import type { CountriesResponse, CountryResponse } from "./schemas/countries";
import type { MatrixResponse } from "./schemas/matrix";
import {
  encodeStatementsCursor,
  STATEMENTS_DEFAULT_LIMIT,
  type StatementsPage,
  type StatementsQuery,
} from "./schemas/statements";

/**
 * The API's answers, built from the same query functions as the pages (one function per
 * endpoint). Dates become ISO strings here; outside production, the route checks the result
 * against the endpoint's response schema before sending it (lib/api/respond.ts).
 */

function cellJson(cell: MatrixCell) {
  return {
    commitmentId: cell.commitmentId,
    statementId: cell.statementId,
    articleId: cell.articleId,
    stance: cell.stance,
    condition: cell.condition,
    contested: cell.contested,
    statedOn: toIsoDay(cell.statedOn),
    sentence: cell.sentence,
    speaker: cell.speaker,
    articleTitle: cell.articleTitle,
    outlet: cell.outlet,
    url: cell.url,
  };
}

/** The query string of a view's links: its parameters, and its pin when it is a cited view. */
function linkQueryOf(query: string, view: { pinnedAt: Date | null }): string {
  return withPin(query, view.pinnedAt);
}

export async function getMatrixResponse(view: MatrixView): Promise<MatrixResponse> {
  const { matrix, changes } = await getMatrixOfView(view);
  const changed = view.since ? new Set(changes.map((change) => `${change.countryCode}:${change.type}`)) : null;
  const query = linkQueryOf(matrixQueryOf(view), view);
  return {
    asOf: matrix.asOf,
    since: view.since,
    recordedAt: view.pinnedAt?.toISOString() ?? null,
    types: [...matrix.types],
    rows: matrix.rows.map((row) => ({
      code: row.code,
      name: row.name,
      region: row.region,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([type, cell]) => [
          type,
          { ...cellJson(cell!), ...(changed ? { changedSince: changed.has(`${row.code}:${type}`) } : {}) },
        ]),
      ),
    })),
    links: {
      html: absoluteUrl(`/${query}`),
      csv: absoluteUrl(`/download/matrix.csv${query}`),
      json: absoluteUrl(`/download/matrix.json${query}`),
    },
  };
}

export async function getCountriesResponse(at: string | undefined): Promise<CountriesResponse> {
  const asOf = at ?? todayIsoDay();
  const matrix = await getMatrixAt(asOf);
  const counts = new Map(matrix.rows.map((row) => [row.code, Object.keys(row.cells).length]));
  return {
    asOf,
    countries: COUNTRIES.map((country) => ({
      code: country.code,
      name: country.name,
      region: country.region,
      isActor: country.isActor,
      memberships: [...country.memberships],
      positionCount: counts.get(country.code) ?? 0,
      links: {
        html: absoluteUrl(countryPath(country.code)),
        api: absoluteUrl(`/api/v1/countries/${country.code.toLowerCase()}`),
      },
    })).sort((a, b) => a.name.localeCompare(b.name, "en")),
  };
}

function countryCommitmentJson(commitment: CountryCommitment) {
  return {
    id: commitment.id,
    stance: commitment.stance,
    condition: commitment.condition,
    statedOn: toIsoDay(commitment.statedOn),
    sentence: commitment.sentence,
    speaker: commitment.speaker,
    retracted: commitment.retracted,
    article: { ...commitment.article, publishedOn: toIsoDay(commitment.article.publishedOn) },
    changes: commitment.changes.map((change) => ({
      at: change.at.toISOString(),
      action: change.action,
      note: change.note,
      stanceBefore: change.stanceBefore,
    })),
  };
}

export async function getCountryResponse(code: string, view: DayView): Promise<CountryResponse | null> {
  const { asOf } = view;
  const stance = await getCountryStanceOfView(code, view);
  if (!stance) return null;
  const path = countryPath(stance.code);
  const query = linkQueryOf(dayQueryOf(asOf, view.isToday), view);
  return {
    code: stance.code,
    name: stance.name,
    region: stance.region,
    isActor: stance.isActor,
    memberships: [...stance.memberships],
    asOf,
    recordedAt: view.pinnedAt?.toISOString() ?? null,
    positions: stance.entries.map((entry) => ({
      type: entry.type,
      current: entry.current ? countryCommitmentJson(entry.current) : null,
      contested: entry.contested,
      timeline: entry.timeline.map((point) => ({
        since: toIsoDay(point.since),
        stance: point.stance,
        condition: point.condition,
        contested: point.contested,
        commitmentId: point.commitment.id,
      })),
      history: entry.history.map(countryCommitmentJson),
    })),
    links: {
      html: absoluteUrl(`${path}${query}`),
      csv: absoluteUrl(`/download${path}.csv${query}`),
      feed: absoluteUrl(`${path}/feed.atom`),
    },
  };
}

export async function getCommitmentTypeResponse(type: CommitmentType, view: DayView): Promise<CommitmentTypeResponse> {
  const { asOf } = view;
  const matrix = await getCommitmentView(type, asOf, view.pinnedAt);
  const query = linkQueryOf(dayQueryOf(asOf, view.isToday), view);
  const countries = matrix.rows.flatMap((row) => {
    const cell = row.cells[type];
    return cell ? [{ code: row.code, name: row.name, region: row.region, ...cellJson(cell) }] : [];
  });
  const counts: Partial<Record<Stance, number>> = {};
  for (const country of countries) counts[country.stance] = (counts[country.stance] ?? 0) + 1;
  const info = COMMITMENT_TYPE_INFO[type];
  return {
    type,
    label: info.label,
    description: info.description,
    asOf,
    recordedAt: view.pinnedAt?.toISOString() ?? null,
    counts,
    countries,
    links: {
      html: absoluteUrl(`/commitments/${type}${query}`),
      csv: absoluteUrl(`/download/commitments/${type}.csv${query}`),
      feed: absoluteUrl(`/commitments/${type}/feed.atom`),
    },
  };
}

/**
 * One page of statements, newest stated first. Keyset paging on (statedOn, id): a page
 * starts strictly after the previous page's last item, so statements published while a
 * client pages never shift, repeat or hide the ones that were already there.
 */
export async function getStatementsPage(query: StatementsQuery): Promise<StatementsPage> {
  const limit = query.limit ?? STATEMENTS_DEFAULT_LIMIT;
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (query.country) {
    where.push(`s."countryCode" = ?`);
    params.push(query.country);
  }
  if (query.from) {
    where.push(`s."statedOn" >= ?`);
    params.push(parseIsoDay(query.from)!);
  }
  if (query.to) {
    where.push(`s."statedOn" <= ?`);
    params.push(endOfIsoDay(query.to));
  }
  const cursorDate = query.cursor ? new Date(query.cursor.statedOn) : null;
  if (query.cursor && cursorDate) {
    where.push(`(s."statedOn" < ? OR (s."statedOn" = ? AND s."id" < ?))`);
    params.push(cursorDate, cursorDate, query.cursor.id);
  }
  const rows = await readPublishedStatements(
    { where, params, type: query.type, stance: query.stance },
    `s."statedOn" DESC, s."id" DESC`,
    limit + 1,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      country: { code: row.countryCode, name: row.countryName },
      speaker: row.speaker,
      sentence: row.sentence,
      statedOn: toIsoDay(row.statedOn),
      recordedAt: row.recordedAt.toISOString(),
      article: { ...row.article, publishedOn: toIsoDay(row.article.publishedOn) },
      commitments: row.commitments,
    })),
    limit,
    nextCursor:
      rows.length > limit && last
        ? encodeStatementsCursor({ statedOn: last.statedOn.toISOString(), id: last.id })
        : null,
  };
}

/**
 * Every country and type whose standing position differs between two days: both matrices
 * come from the read model (one indexed read each), and unlike the page's `since` list this
 * also reports positions that stood at `from` and no longer do (retracted).
 */
export async function getChangesResponse(from: string, to: string | undefined): Promise<ChangesResponse> {
  const until = to ?? todayIsoDay();
  const [before, after] = await Promise.all([getMatrixAt(from), getMatrixAt(until)]);
  const beforeRows = new Map(before.rows.map((row) => [row.code, row]));
  const afterRows = new Map(after.rows.map((row) => [row.code, row]));
  const codes = [...new Set([...beforeRows.keys(), ...afterRows.keys()])];
  const changes: ChangesResponse["changes"] = [];
  for (const code of codes) {
    const was = beforeRows.get(code);
    const now = afterRows.get(code);
    for (const type of after.types) {
      const a = was?.cells[type];
      const b = now?.cells[type];
      // A new statement repeating the stance is not a change (as on the page's `since` list).
      if (a?.stance === b?.stance && a?.condition === b?.condition) continue;
      const position = (cell: MatrixCell | undefined) =>
        cell
          ? {
              commitmentId: cell.commitmentId,
              stance: cell.stance,
              condition: cell.condition,
              statedOn: toIsoDay(cell.statedOn),
              sentence: cell.sentence,
              outlet: cell.outlet,
            }
          : null;
      changes.push({
        countryCode: code,
        countryName: (now ?? was)!.name,
        type,
        before: position(a),
        after: position(b),
      });
    }
  }
  changes.sort(
    (x, y) =>
      x.countryName.localeCompare(y.countryName, "en") || after.types.indexOf(x.type) - after.types.indexOf(y.type),
  );
  return { from, to: until, changes };
}
