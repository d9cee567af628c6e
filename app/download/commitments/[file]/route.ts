import { parseQueryParams } from "@/lib/api/params";
import { apiError, invalidParameter } from "@/lib/api/respond";
import { CommitmentTypeQuerySchema } from "@/lib/api/schemas/commitments";
import { isCommitmentType } from "@/lib/domain/taxonomy";
import { getCommitmentView } from "@/lib/queries/get-commitment-positions";
import { csvResponse } from "@/lib/sharing/csv";
import { matrixCsv } from "@/lib/sharing/downloads";
import { commitmentViewOf } from "@/lib/sharing/matrix-view";

/** The commitment page's countries for the same parameters (`v` included), one row per country. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const type = /^(\w+)\.csv$/.exec(file)?.[1];
  if (!type || !isCommitmentType(type)) {
    return apiError(404, {
      code: "not_found",
      message: "Download a commitment type as /download/commitments/<type>.csv.",
    });
  }
  const { searchParams } = new URL(request.url);
  const query = parseQueryParams(searchParams, CommitmentTypeQuerySchema);
  if (!query.ok) return invalidParameter(query);
  const { asOf, pinnedAt } = commitmentViewOf(searchParams);
  const matrix = await getCommitmentView(type, asOf, pinnedAt);
  return csvResponse(matrixCsv(matrix), `security-guarantees-${type}-${asOf}.csv`);
}
