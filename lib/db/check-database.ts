import "server-only";
import { type Db, getDb } from "@/lib/db/client";

// Long enough for a busy database, short enough for a load balancer's probe (usually 5 s).
const HEALTH_TIMEOUT_MS = 2000;

export type DatabaseHealth = { ok: true } | { ok: false; reason: "unreachable" | "timeout" };

/** One round trip to the database, bounded in time: what a load balancer needs to know. */
export async function checkDatabase(db: Db = getDb(), timeoutMs = HEALTH_TIMEOUT_MS): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: "timeout" }), timeoutMs);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    (): DatabaseHealth => ({ ok: true }),
    (): DatabaseHealth => ({ ok: false, reason: "unreachable" }),
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
