#!/usr/bin/env node
// The executable: runs main() and sets the exit code; SIGINT/SIGTERM abort the run cleanly (130/143).
import { main } from "../src/cli/main.js";

const controller = new AbortController();
let signals = 0;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    // a second signal means "now": the outputs are temporary files until the run commits them
    if (++signals > 1) process.exit(sig === "SIGINT" ? 130 : 143);
    controller.abort(sig);
  });
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal: controller.signal }).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`ingest-check: internal error: ${(e as Error)?.message ?? e}\n`); process.exitCode = 2; },
);
