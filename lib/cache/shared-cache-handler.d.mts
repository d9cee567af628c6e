export const INVALIDATION_CHANNEL: string;

export interface TagDurations {
  expire?: number;
}

export interface CacheContext {
  kind?: string;
  tags?: string[];
  softTags?: string[];
  cacheControl?: unknown;
  fetchCache?: boolean;
}

export interface CacheHit {
  value: unknown;
  lastModified: number;
  cacheControl?: unknown;
}

export class TaggedMemoryStore {
  constructor(options?: { maxBytes?: number; now?: () => number });
  readonly bytes: number;
  get(key: string, context?: CacheContext): CacheHit | null;
  set(key: string, value: unknown, context?: CacheContext): void;
  delete(key: string): void;
  expireTags(tags: string[], durations?: TagDurations): void;
  clear(): void;
}

export function parseInvalidation(payload: string): { origin: string; tags: string[]; durations?: TagDurations } | null;

export class PostgresInvalidationChannel {
  constructor(options: {
    connectionString: string;
    onInvalidation: (tags: string[], durations?: TagDurations) => void;
    onGap: () => void;
    log?: (event: string, detail?: Record<string, unknown>) => void;
  });
  readonly origin: string;
  readonly listening: boolean;
  start(): Promise<void>;
  publish(tags: string[], durations?: TagDurations): Promise<void>;
  close(): Promise<void>;
}

export default class SharedCacheHandler {
  constructor(context?: { maxMemoryCacheSize?: number });
  get(key: string, context?: CacheContext): Promise<CacheHit | null>;
  set(key: string, data: unknown, context?: CacheContext): Promise<void>;
  revalidateTag(tags: string | string[], durations?: TagDurations): Promise<void>;
  resetRequestCache(): void;
}
