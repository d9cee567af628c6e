import { getCommitmentTypeResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { apiError, preflight, respondWith } from "@/lib/api/respond";
import { COMMITMENT_TYPES, isCommitmentType } from "@/lib/domain/taxonomy";
import { commitmentViewOf } from "@/lib/sharing/matrix-view";

export async function GET(request: Request, { params }: { params: Promise<{ type: string }> }): Promise<Response> {
  const { type } = await params;
  if (!isCommitmentType(type)) {
    return apiError(404, {
      code: "not_found",
      message: `No commitment type ${type}; the types are ${COMMITMENT_TYPES.join(", ")}.`,
    });
  }
  return respondWith(request, API_ENDPOINTS.commitmentType, (_query, searchParams) =>
    getCommitmentTypeResponse(type, commitmentViewOf(searchParams)),
  );
}

export const OPTIONS = preflight;
