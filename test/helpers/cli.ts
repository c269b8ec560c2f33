// runCli: spawns the BUILT command line (dist/bin/ingest-check.js) the way a user or CI would, without colour or progress.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./report.js";

export const BIN = join(ROOT, "dist/bin/ingest-check.js");

export interface CliResult { code: number; stdout: string; stderr: string }

/** Runs the CLI from the repository root (so report sources are relative paths such as fixtures/clean.csv). */
export function runCli(args: string[], opts: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; uid?: number } = {}): CliResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.stdin ?? "",
    env: { PATH: process.env.PATH, NO_COLOR: "1", CI: "1", ...opts.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 30_000,
    // why: as root a folder of mode 000 is readable, so permission tests run the CLI as another user (nobody)
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
