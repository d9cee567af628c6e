import { getCountryResponse } from "@/lib/api/data";
import { API_ENDPOINTS } from "@/lib/api/endpoints";
import { parseParams } from "@/lib/api/params";
import { CountryCodeParamSchema } from "@/lib/api/schemas/common";
import { invalidParameter, preflight, respondWith } from "@/lib/api/respond";
import { countryViewOf } from "@/lib/sharing/matrix-view";
import { z } from "zod";

const PathSchema = z.object({ code: CountryCodeParamSchema });

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }): Promise<Response> {
  const path = parseParams(await params, PathSchema);
  if (!path.ok) return invalidParameter(path);
  return respondWith(
    request,
    API_ENDPOINTS.country,
    (_query, searchParams) => getCountryResponse(path.data.code, countryViewOf(searchParams)),
    `No country or actor with the code ${path.data.code}.`,
  );
}

export const OPTIONS = preflight;
