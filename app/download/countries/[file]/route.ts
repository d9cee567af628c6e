import { parseQueryParams } from "@/lib/api/params";
import { apiError, invalidParameter } from "@/lib/api/respond";
import { CountryQuerySchema } from "@/lib/api/schemas/countries";
import { getCountryStanceOfView } from "@/lib/queries/get-country-stance";
import { csvResponse } from "@/lib/sharing/csv";
import { countryCsv } from "@/lib/sharing/downloads";
import { countryViewOf } from "@/lib/sharing/matrix-view";

/** The country page's evidence for the same parameters; a cited view (`v`) gives its standing positions then. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const code = /^([A-Za-z]{2,4})\.csv$/.exec(file)?.[1];
  if (!code)
    return apiError(404, { code: "not_found", message: "Download a country as /download/countries/<code>.csv." });
  const { searchParams } = new URL(request.url);
  const query = parseQueryParams(searchParams, CountryQuerySchema);
  if (!query.ok) return invalidParameter(query);
  const view = countryViewOf(searchParams);
  const { asOf } = view;
  const stance = await getCountryStanceOfView(code, view);
  if (!stance) return apiError(404, { code: "not_found", message: `No country or actor with the code ${code}.` });
  return csvResponse(countryCsv(stance), `security-guarantees-${stance.code.toLowerCase()}-${asOf}.csv`);
}
