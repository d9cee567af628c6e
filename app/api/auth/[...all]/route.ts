import { getAuth } from "@/lib/auth/auth";
import { handleAuthRequest } from "@/lib/auth/http";

// better-auth's HTTP endpoints, limited to the ones this app uses (lib/auth/http.ts says why).
export async function GET(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request);
}

export async function POST(request: Request): Promise<Response> {
  return handleAuthRequest(getAuth(), request);
}
