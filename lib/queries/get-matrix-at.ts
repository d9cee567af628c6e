import "server-only";
import { getDb } from "@/lib/db/client";
import { COMMITMENT_TYPES, type CommitmentType, isCommitmentType, isStance, type Stance } from "@/lib/domain/taxonomy";
import type { Bloc } from "@/lib/reference/countries";
import { endOfIsoDay } from "@/lib/dates/iso-day";

export interface MatrixCell {
  commitmentId: string;
  stance: Stance;
  condition: string | null;
  statedOn: Date;
  sentence: string;
  articleTitle: string;
  outlet: string;
}

export interface MatrixRow {
  code: string;
  name: string;
  cells: Partial<Record<CommitmentType, MatrixCell>>;
}

export interface MatrixFilters {
  types?: readonly CommitmentType[];
  stances?: readonly Stance[];
  bloc?: Bloc | null;
}

export interface Matrix {
  asOf: string;
  types: readonly CommitmentType[];
  rows: MatrixRow[];
}

/**
 * The positions that stand at the end of `asOf` (YYYY-MM-DD): for each country and
 * commitment type, the latest accepted, unretracted commitment by statement date.
 * Rows are the countries with at least one position, by name.
 */
export async function getMatrixAt(asOf: string, filters: MatrixFilters = {}): Promise<Matrix> {
  const types = filters.types && filters.types.length > 0 ? filters.types : COMMITMENT_TYPES;
  const commitments = await getDb().commitment.findMany({
    where: {
      reviewState: "accepted",
      retractedAt: null,
      statedOn: { lte: endOfIsoDay(asOf) },
      type: { in: [...types] },
      statement: { article: { retractedAt: null } },
      ...(filters.bloc ? { country: { memberships: { some: { bloc: filters.bloc } } } } : {}),
    },
    select: {
      id: true,
      countryCode: true,
      type: true,
      stance: true,
      condition: true,
      statedOn: true,
      country: { select: { name: true } },
      statement: { select: { sentence: true, article: { select: { title: true, outlet: true } } } },
    },
    // Newest first, so the first commitment seen for a cell is the one that stands.
    orderBy: [{ statedOn: "desc" }, { createdAt: "desc" }],
  });

  const rows = new Map<string, MatrixRow>();
  for (const commitment of commitments) {
    if (!isCommitmentType(commitment.type) || !isStance(commitment.stance)) continue;
    let row = rows.get(commitment.countryCode);
    if (!row) {
      row = {
        code: commitment.countryCode,
        name: commitment.country.name,
        cells: {},
      };
      rows.set(commitment.countryCode, row);
    }
    if (row.cells[commitment.type]) continue;
    row.cells[commitment.type] = {
      commitmentId: commitment.id,
      stance: commitment.stance,
      condition: commitment.condition,
      statedOn: commitment.statedOn,
      sentence: commitment.statement.sentence,
      articleTitle: commitment.statement.article.title,
      outlet: commitment.statement.article.outlet,
    };
  }

  const stanceFilter = filters.stances && filters.stances.length > 0 ? new Set(filters.stances) : null;
  const result = [...rows.values()]
    .map((row) =>
      stanceFilter
        ? {
            ...row,
            cells: Object.fromEntries(
              Object.entries(row.cells).filter(([, cell]) => cell && stanceFilter.has(cell.stance)),
            ) as MatrixRow["cells"],
          }
        : row,
    )
    .filter((row) => Object.keys(row.cells).length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { asOf, types, rows: result };
}
