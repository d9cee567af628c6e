import { parseCsv } from "@/lib/sharing/csv";

/**
 * What a release holds, summed up from its own files, and what changed from the release
 * before: the rows each table gained or lost, and every country and type whose standing
 * position (the interval of positions.csv still open) is not the one it was.
 */
export interface ReleaseContents {
  rows: Record<string, number>;
  /** "country_code/type" → the standing stance, for every cell with a position. */
  standing: Record<string, string>;
}

export interface StandingChange {
  country: string;
  type: string;
  before: string | null;
  after: string | null;
}

export interface ReleaseChanges {
  rows: Record<string, number>;
  positions: StandingChange[];
}

const TABLES = ["countries", "articles", "statements", "commitments", "positions"] as const;

export function summariseRelease(files: Record<string, string>): ReleaseContents {
  const rows: Record<string, number> = {};
  for (const table of TABLES) {
    const text = files[`${table}.csv`];
    if (text === undefined) throw new Error(`${table}.csv is missing from the package`);
    rows[table] = parseCsv(text).length - 1;
  }
  const [header = [], ...positions] = parseCsv(files["positions.csv"]!);
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`positions.csv has no ${name} column`);
    return index;
  };
  const [country, type, stance, until] = ["country_code", "type", "stance", "valid_until"].map(column) as [
    number,
    number,
    number,
    number,
  ];
  const standing: Record<string, string> = {};
  for (const row of positions) if (row[until] === "") standing[`${row[country]}/${row[type]}`] = row[stance]!;
  return { rows, standing };
}

export function releaseChanges(previous: ReleaseContents | null, current: ReleaseContents): ReleaseChanges {
  const rows = Object.fromEntries(
    Object.entries(current.rows).map(([table, count]) => [table, count - (previous?.rows[table] ?? 0)]),
  );
  const before = previous?.standing ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(current.standing)])].sort();
  const positions = keys.flatMap((key): StandingChange[] => {
    const [country = "", type = ""] = key.split("/");
    const then = before[key] ?? null;
    const now = current.standing[key] ?? null;
    return then === now ? [] : [{ country, type, before: then, after: now }];
  });
  return { rows, positions };
}
