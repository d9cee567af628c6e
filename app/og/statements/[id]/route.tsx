import { formatDay } from "@/lib/dates/iso-day";
import { getStatement } from "@/lib/queries/get-statement";
import { renderStatementPreview } from "@/lib/sharing/preview-image";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const statement = await getStatement((await params).id);
  if (!statement) return new Response("No such statement.", { status: 404 });
  return renderStatementPreview({
    code: statement.country.code,
    name: statement.country.name,
    sentence: statement.sentence,
    byline: [statement.speaker, statement.article.outlet, formatDay(statement.statedOn)].filter(Boolean).join(" · "),
    positions: statement.commitments.filter((c) => !c.retracted).map((c) => ({ type: c.type, stance: c.stance })),
  });
}
