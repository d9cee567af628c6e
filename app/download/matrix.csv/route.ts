import { parseQueryParams } from "@/lib/api/params";
import { invalidParameter } from "@/lib/api/respond";
import { MatrixQuerySchema } from "@/lib/api/schemas/matrix";
import { getMatrixOfView } from "@/lib/queries/get-matrix-of-view";
import { csvResponse } from "@/lib/sharing/csv";
import { matrixCsv } from "@/lib/sharing/downloads";
import { matrixViewOf } from "@/lib/sharing/matrix-view";

/** The rows the matrix page shows for the same parameters (`v` included), one per cell. */
export async function GET(request: Request): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const query = parseQueryParams(searchParams, MatrixQuerySchema);
  if (!query.ok) return invalidParameter(query);
  const { matrix } = await getMatrixOfView(matrixViewOf(searchParams));
  return csvResponse(matrixCsv(matrix), `security-guarantees-matrix-${matrix.asOf}.csv`);
}
