import { parseQueryParams } from "@/lib/api/params";
import { apiError, invalidParameter } from "@/lib/api/respond";
import { CountryQuerySchema } from "@/lib/api/schemas/countries";
import { todayIsoDay } from "@/lib/dates/iso-day";
import { getCountryStance } from "@/lib/queries/get-country-stance";
import { csvResponse } from "@/lib/sharing/csv";
import { countryCsv } from "@/lib/sharing/downloads";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const code = /^([A-Za-z]{2,4})\.csv$/.exec(file)?.[1];
  if (!code)
    return apiError(404, { code: "not_found", message: "Download a country as /download/countries/<code>.csv." });
  const query = parseQueryParams(new URL(request.url).searchParams, CountryQuerySchema);
  if (!query.ok) return invalidParameter(query);
  const asOf = query.data.at ?? todayIsoDay();
  const stance = await getCountryStance(code, asOf);
  if (!stance) return apiError(404, { code: "not_found", message: `No country or actor with the code ${code}.` });
  return csvResponse(countryCsv(stance), `security-guarantees-${stance.code.toLowerCase()}-${asOf}.csv`);
}
