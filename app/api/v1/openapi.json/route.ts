import { buildOpenApiDocument } from "@/lib/api/openapi";
import { jsonWithEtag, preflight } from "@/lib/api/respond";
import { getSiteUrl } from "@/lib/sharing/site-url";

export function GET(request: Request): Response {
  return jsonWithEtag(request, JSON.stringify(buildOpenApiDocument(getSiteUrl().origin)));
}

export const OPTIONS = preflight;
