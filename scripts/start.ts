// `npm start`: set everything up (scripts/setup.ts), then serve the production build.
import { spawn } from "node:child_process";
import { log } from "./lib/cli";
import { productionServerArgs, productionServerEnv } from "./lib/production-server";
import { runSetup } from "./setup";

async function main(): Promise<void> {
  const env = await runSetup([]);
  const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";
  log(`serving on http://localhost:${env.PORT}`);
  const server = spawn(process.execPath, productionServerArgs(env.PORT, hostname), {
    stdio: "inherit",
    env: productionServerEnv(),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
