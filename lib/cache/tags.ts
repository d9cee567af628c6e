/**
 * Cache tags: what each cached view shows. Every view derived from the positions carries
 * `positions`; a country page also its `country:XX`, a commitment page its `type:key`;
 * statement texts (search, permalinks) carry `statements`.
 */
export const CACHE_TAGS = {
  positions: "tracker:positions",
  statements: "tracker:statements",
  country: (code: string) => `tracker:country:${code.toUpperCase()}`,
  commitmentType: (type: string) => `tracker:type:${type}`,
} as const;

/** Cached data also expires on its own after this long: a safety net for writers that cannot invalidate. */
export const CACHE_REVALIDATE_SECONDS = 300;
