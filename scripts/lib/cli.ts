import path from "node:path";

export function log(line: string): void {
  console.log(`[tracker] ${line}`);
}

export function nextBin(): string {
  return path.join(process.cwd(), "node_modules", ".bin", "next");
}

// No outbound calls from Next.js or Prisma, ever: these machines and many deployments are offline.
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
