/**
 * Pure shaping of a matrix for display: row order and per-column stance counts. Kept out of
 * the query so that the cached matrix is shared by every sort order.
 */
import { type CommitmentType, STANCES, type Stance, stanceOrder } from "@/lib/domain/taxonomy";

interface RowLike {
  name: string;
  cells: Partial<Record<CommitmentType, { stance: Stance }>>;
}

/** The stances that pledge the country's own part. */
const ENGAGING: ReadonlySet<Stance> = new Set(["committed", "conditional"]);

/**
 * `name`: alphabetical. `commitments`: most committed or conditional cells first. A type key:
 * that column's stances from strongest engagement to strongest rejection, countries that said
 * nothing on it last. Ties fall back to the name.
 */
export function sortMatrixRows<T extends RowLike>(
  rows: readonly T[],
  sort: "name" | "commitments" | CommitmentType,
): T[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "en");
  if (sort === "name") return [...rows].sort(byName);
  if (sort === "commitments") {
    const engaged = (row: T) => Object.values(row.cells).filter((cell) => cell && ENGAGING.has(cell.stance)).length;
    return [...rows].sort((a, b) => engaged(b) - engaged(a) || byName(a, b));
  }
  const rank = (row: T) => {
    const cell = row.cells[sort];
    return cell ? stanceOrder(cell.stance) : STANCES.length;
  };
  return [...rows].sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

/** For each type, how many rows have each stance. */
export function countStancesPerType(
  rows: readonly RowLike[],
  types: readonly CommitmentType[],
): Record<CommitmentType, Partial<Record<Stance, number>>> {
  const counts = Object.fromEntries(types.map((type) => [type, {}])) as Record<
    CommitmentType,
    Partial<Record<Stance, number>>
  >;
  for (const row of rows) {
    for (const type of types) {
      const stance = row.cells[type]?.stance;
      if (stance) counts[type][stance] = (counts[type][stance] ?? 0) + 1;
    }
  }
  return counts;
}
