import type { APIRequestContext, APIResponse } from "@playwright/test";

/**
 * Asks for `path` until the answer comes from the route cache (the first answer never does):
 * journeys running in parallel publish, and so empty the cache, at any moment.
 */
export async function getCached(request: APIRequestContext, path: string): Promise<APIResponse> {
  let response = await request.get(path);
  for (let attempt = 0; attempt < 20 && response.headers()["x-route-cache"] !== "hit"; attempt++) {
    response = await request.get(path);
  }
  return response;
}
