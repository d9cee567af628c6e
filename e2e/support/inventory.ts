// Every route and server action of the build, with what may call it. e2e/inventory.spec.ts
// compares this list with the build's manifests (a route or action added without an entry
// fails it) and proves that every mutating one refuses the requests it must refuse.

export type RouteEntry =
  | { kind: "page"; sample: string }
  | { kind: "framework"; sample: null }
  | { kind: "read-only route"; sample: string }
  | { kind: "auth endpoints"; sample: string }
  // Takes a POST only with the installation's key (lib/cache/invalidation-key.ts).
  | { kind: "key-protected route"; sample: string }
  // The MCP server: JSON-RPC over POST whose every tool only reads (lib/mcp/tools.ts, e2e/mcp.spec.ts).
  | { kind: "read-only RPC"; sample: string };

/** Keyed as in .next/server/app-paths-manifest.json. */
export const ROUTES: Record<string, RouteEntry> = {
  // Next's own error page, rendered only when the root layout fails; not a path to request.
  "/_global-error/page": { kind: "framework", sample: null },
  "/_not-found/page": { kind: "page", sample: "/no-such-page" },
  "/about/page": { kind: "page", sample: "/about" },
  "/admin/audit/page": { kind: "page", sample: "/admin/audit" },
  "/admin/page": { kind: "page", sample: "/admin" },
  "/admin/users/page": { kind: "page", sample: "/admin/users" },
  // better-auth's endpoints: lib/auth/http.ts passes on only sign-in, sign-out, get-session and ok.
  "/api/auth/[...all]/route": { kind: "auth endpoints", sample: "/api/auth/ok" },
  "/api/v1/changes/route": { kind: "read-only route", sample: "/api/v1/changes" },
  "/api/v1/commitments/[type]/route": { kind: "read-only route", sample: "/api/v1/commitments/troops" },
  "/api/v1/countries/[code]/route": { kind: "read-only route", sample: "/api/v1/countries/IT" },
  "/api/v1/countries/route": { kind: "read-only route", sample: "/api/v1/countries" },
  "/api/v1/matrix/route": { kind: "read-only route", sample: "/api/v1/matrix" },
  "/api/v1/openapi.json/route": { kind: "read-only route", sample: "/api/v1/openapi.json" },
  "/api/v1/statements/route": { kind: "read-only route", sample: "/api/v1/statements" },
  "/api/health/route": { kind: "read-only route", sample: "/api/health" },
  "/api/ready/route": { kind: "read-only route", sample: "/api/ready" },
  "/api/cell-preview/route": { kind: "read-only route", sample: "/api/cell-preview?country=it&type=troops" },
  "/api/cache/invalidate/route": { kind: "key-protected route", sample: "/api/cache/invalidate" },
  "/download/commitments/[file]/route": { kind: "read-only route", sample: "/download/commitments/troops.csv" },
  "/download/countries/[file]/route": { kind: "read-only route", sample: "/download/countries/it.csv" },
  "/download/data-package.zip/route": { kind: "read-only route", sample: "/download/data-package.zip" },
  "/download/matrix.csv/route": { kind: "read-only route", sample: "/download/matrix.csv" },
  "/download/matrix.json/route": { kind: "read-only route", sample: "/download/matrix.json" },
  "/download/releases/page": { kind: "page", sample: "/download/releases" },
  "/download/releases/[file]/route": { kind: "read-only route", sample: "/download/releases/1.0.0.zip" },
  "/mcp/route": { kind: "read-only RPC", sample: "/mcp" },
  "/oembed/route": { kind: "read-only route", sample: "/oembed?url=%2Fcountries%2Fit" },
  "/embed/commitments/[type]/page": { kind: "page", sample: "/embed/commitments/troops" },
  "/embed/countries/[code]/page": { kind: "page", sample: "/embed/countries/it" },
  "/embed/matrix/page": { kind: "page", sample: "/embed/matrix" },
  "/og/commitments/[type]/route": { kind: "read-only route", sample: "/og/commitments/troops" },
  "/og/countries/[code]/route": { kind: "read-only route", sample: "/og/countries/it" },
  "/og/matrix/route": { kind: "read-only route", sample: "/og/matrix" },
  "/og/statements/[id]/route": { kind: "read-only route", sample: "/og/statements/unknown-id" },
  "/articles/[id]/page": { kind: "page", sample: "/articles/unknown-id" },
  "/commitments/[type]/feed.atom/route": { kind: "read-only route", sample: "/commitments/troops/feed.atom" },
  "/commitments/[type]/page": { kind: "page", sample: "/commitments/troops" },
  "/corrections/page": { kind: "page", sample: "/corrections" },
  "/countries/[code]/feed.atom/route": { kind: "read-only route", sample: "/countries/it/feed.atom" },
  "/countries/[code]/page": { kind: "page", sample: "/countries/it" },
  "/flags/[file]/route": { kind: "read-only route", sample: "/flags/it.svg" },
  "/feeds/corrections.atom/route": { kind: "read-only route", sample: "/feeds/corrections.atom" },
  "/feeds/statements.atom/route": { kind: "read-only route", sample: "/feeds/statements.atom" },
  "/icon.svg/route": { kind: "read-only route", sample: "/icon.svg" },
  "/ingest/[draftId]/page": { kind: "page", sample: "/ingest/unknown-draft" },
  "/ingest/page": { kind: "page", sample: "/ingest" },
  "/page": { kind: "page", sample: "/" },
  "/search/page": { kind: "page", sample: "/search?q=troops" },
  "/statements/[id]/page": { kind: "page", sample: "/statements/unknown-id" },
  "/sign-in/page": { kind: "page", sample: "/sign-in" },
};

export interface ActionEntry {
  /** A page the action is posted from. */
  page: string;
  /** Who may run it: "anyone" only for signing in and out, which change no record. */
  caller: "anyone" | "editor" | "admin";
}

/** Keyed `<file>#<export>`, as the build's server-reference manifest names them. */
export const ACTIONS: Record<string, ActionEntry> = {
  "app/admin/users/actions.ts#createUserAction": { page: "/admin/users", caller: "admin" },
  "app/admin/users/actions.ts#setUserDisabledAction": { page: "/admin/users", caller: "admin" },
  "app/articles/[id]/actions.ts#correctCommitmentAction": { page: "/articles/x", caller: "editor" },
  "app/articles/[id]/actions.ts#retractCommitmentAction": { page: "/articles/x", caller: "editor" },
  "app/articles/[id]/actions.ts#retractArticleAction": { page: "/articles/x", caller: "editor" },
  "app/ingest/actions.ts#submitArticleAction": { page: "/ingest", caller: "editor" },
  "app/ingest/[draftId]/actions.ts#decidePositionAction": { page: "/ingest/x", caller: "editor" },
  "app/ingest/[draftId]/actions.ts#savePositionAction": { page: "/ingest/x", caller: "editor" },
  "app/ingest/[draftId]/actions.ts#keepDraftOpenAction": { page: "/ingest/x", caller: "editor" },
  "app/ingest/[draftId]/actions.ts#publishDraftAction": { page: "/ingest/x", caller: "editor" },
  "lib/auth/actions.ts#signInAction": { page: "/sign-in", caller: "anyone" },
  "lib/auth/actions.ts#signOutAction": { page: "/", caller: "anyone" },
};
