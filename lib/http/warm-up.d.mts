export const WARM_UP_COUNTRY: string;

export interface WarmUpResult {
  path: string;
  /** The answer's status; 0 when the render failed without one. */
  status: number;
  ms: number;
}

export function warmUpPaths(startedAt: number): string[];
export function warmUp(
  paths: string[],
  render: (path: string) => Promise<{ status: number }>,
  now?: () => number,
): Promise<WarmUpResult[]>;
export function warmUpSummary(results: WarmUpResult[]): string;
export const READINESS_PATH: string;
export const WARM_UP_READY_AFTER_MS: number;
export function notReadyAnswer(
  method: string | undefined,
  url: string | undefined,
  warmedUp: boolean,
): { status: number; headers: Record<string, string>; body: string } | null;
