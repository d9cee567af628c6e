import { getMatrixResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { parseQueryParams } from "@/lib/api/params";
import { invalidParameter, jsonWithEtag } from "@/lib/api/respond";
import { matrixViewOf } from "@/lib/sharing/matrix-view";

/** The API's matrix answer for the view, as a file to save. */
export async function GET(request: Request): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const query = parseQueryParams(searchParams, API_ENDPOINTS.matrix.query);
  if (!query.ok) return invalidParameter(query);
  const matrix = API_ENDPOINTS.matrix.response.parse(await getMatrixResponse(matrixViewOf(searchParams)));
  return jsonWithEtag(request, `${JSON.stringify(matrix, null, 2)}\n`, {
    "Content-Disposition": `attachment; filename="security-guarantees-matrix-${matrix.asOf}.json"`,
  });
}
