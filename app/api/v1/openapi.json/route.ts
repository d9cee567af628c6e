import { buildOpenApiDocument } from "@/lib/api/openapi";
import { jsonWithEtag, preflight } from "@/lib/api/respond";
import { configuredSiteUrl, siteUrlOf } from "@/lib/sharing/site-url";

export function GET(request: Request): Response {
  const document = buildOpenApiDocument({
    serverUrl: configuredSiteUrl()?.href ?? "/",
    siteUrl: siteUrlOf(request),
  });
  return jsonWithEtag(request, JSON.stringify(document));
}

export const OPTIONS = preflight;
