import { getChangesResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { preflight, respondWith } from "@/lib/api/respond";

export function GET(request: Request): Promise<Response> {
  return respondWith(request, API_ENDPOINTS.changes, (query) => getChangesResponse(query.from, query.to));
}

export const OPTIONS = preflight;
