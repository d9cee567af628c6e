import { type ChildProcess, spawn, type SpawnOptions } from "node:child_process";
import os from "node:os";

/**
 * The scheduling priority (nice value) of work the server hands to a child process, such as
 * building the data package: on a machine with few cores the child then takes the CPU the
 * server leaves, and readers of cached pages are not kept waiting behind it.
 */
export const BACKGROUND_PRIORITY = 10;

/** Spawns a child process at BACKGROUND_PRIORITY (where the system lets a process lower its own children). */
export function spawnInBackground(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  if (child.pid !== undefined) {
    try {
      os.setPriority(child.pid, BACKGROUND_PRIORITY);
    } catch {
      // A system that refuses (or a child already gone) leaves it at the server's priority.
    }
  }
  return child;
}
