export const CACHE_EXPIRY_LISTENERS: unique symbol;

type Headers = Record<string, string | string[] | undefined>;

export interface RenderedPage {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface KeptPage {
  headers: Record<string, string>;
  /** False for images: kept and sent as they are (`identity`); text is kept as `gzip` and `br` only. */
  compressible: boolean;
  bodies: { identity?: Buffer; gzip?: Buffer; br?: Buffer };
  size: number;
}

export function sharedViewKey(request: {
  method?: string;
  url?: string;
  headers: Headers;
  protocol: string;
  today: string;
}): string | null;
export function hashedPolicy(policy: string, html: string): string;
export function keptPage(rendered: RenderedPage, options?: { pinned?: boolean }): Promise<KeptPage | null>;
export function isPinnedUrl(url: string, now: number): boolean;
export function cacheControlOf(answer: { pinned?: boolean; html: boolean }): string;
export function bodyOf(page: KeptPage, encoding: "br" | "gzip" | "identity"): Promise<Buffer>;
export function etagMatches(header: string | string[] | undefined, etag: string): boolean;
export function chooseEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | "identity";

export class SharedViewCache {
  constructor(options?: { now?: () => number; maxAgeMs?: number; maxRenders?: number });
  get(key: string): KeptPage | null;
  peek(key: string): { page: KeptPage; fresh: boolean } | null;
  fill(key: string, render: () => Promise<RenderedPage>, options?: { pinned?: boolean }): Promise<KeptPage | null>;
  clear(): void;
  listenForExpiry(): void;
}
