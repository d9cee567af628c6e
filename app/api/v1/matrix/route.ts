import { getMatrixResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { preflight, respondWith } from "@/lib/api/respond";
import { matrixViewOf } from "@/lib/sharing/matrix-view";

export function GET(request: Request): Promise<Response> {
  return respondWith(request, API_ENDPOINTS.matrix, (_query, searchParams) =>
    getMatrixResponse(matrixViewOf(searchParams)),
  );
}

export const OPTIONS = preflight;
