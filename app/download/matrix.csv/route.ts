import { getMatrixOfView } from "@/lib/api/data";
import { parseQueryParams } from "@/lib/api/params";
import { invalidParameter } from "@/lib/api/respond";
import { MatrixQuerySchema } from "@/lib/api/schemas/matrix";
import { csvResponse } from "@/lib/sharing/csv";
import { matrixCsv } from "@/lib/sharing/downloads";

export async function GET(request: Request): Promise<Response> {
  const view = parseQueryParams(new URL(request.url).searchParams, MatrixQuerySchema);
  if (!view.ok) return invalidParameter(view);
  const { matrix } = await getMatrixOfView(view.data);
  return csvResponse(matrixCsv(matrix), `security-guarantees-matrix-${matrix.asOf}.csv`);
}
