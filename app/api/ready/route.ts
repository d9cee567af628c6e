import { GET as checkHealth } from "../health/route";

/**
 * For load balancers' readiness checks: the health check's answer (200 when this instance can
 * reach its database, 503 when it cannot), once the production server has rendered its warm-up
 * views; until then `scripts/serve.mjs` answers 503 itself (`notReadyAnswer` in
 * lib/http/warm-up.mjs). Never cached.
 */
export function GET(): Promise<Response> {
  return checkHealth();
}
