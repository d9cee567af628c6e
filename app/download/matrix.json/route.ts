import { getMatrixResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { parseQueryParams } from "@/lib/api/params";
import { invalidParameter, jsonWithEtag } from "@/lib/api/respond";

/** The API's matrix answer for the view, as a file to save. */
export async function GET(request: Request): Promise<Response> {
  const view = parseQueryParams(new URL(request.url).searchParams, API_ENDPOINTS.matrix.query);
  if (!view.ok) return invalidParameter(view);
  const matrix = API_ENDPOINTS.matrix.response.parse(await getMatrixResponse(view.data));
  return jsonWithEtag(request, `${JSON.stringify(matrix, null, 2)}\n`, {
    "Content-Disposition": `attachment; filename="security-guarantees-matrix-${matrix.asOf}.json"`,
  });
}
