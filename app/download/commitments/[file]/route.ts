import { parseQueryParams } from "@/lib/api/params";
import { apiError, invalidParameter } from "@/lib/api/respond";
import { CommitmentTypeQuerySchema } from "@/lib/api/schemas/commitments";
import { todayIsoDay } from "@/lib/dates/iso-day";
import { isCommitmentType } from "@/lib/domain/taxonomy";
import { getMatrixAt } from "@/lib/queries/get-matrix-at";
import { csvResponse } from "@/lib/sharing/csv";
import { matrixCsv } from "@/lib/sharing/downloads";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const type = /^(\w+)\.csv$/.exec(file)?.[1];
  if (!type || !isCommitmentType(type)) {
    return apiError(404, {
      code: "not_found",
      message: "Download a commitment type as /download/commitments/<type>.csv.",
    });
  }
  const query = parseQueryParams(new URL(request.url).searchParams, CommitmentTypeQuerySchema);
  if (!query.ok) return invalidParameter(query);
  const asOf = query.data.at ?? todayIsoDay();
  return csvResponse(matrixCsv(await getMatrixAt(asOf, { types: [type] })), `security-guarantees-${type}-${asOf}.csv`);
}
