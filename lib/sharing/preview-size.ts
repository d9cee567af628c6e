/** Open Graph's recommended card size. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
