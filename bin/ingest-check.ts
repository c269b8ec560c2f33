#!/usr/bin/env node
// The executable: runs main() and sets the exit code; SIGINT/SIGTERM abort the run cleanly (130/143).
// why CommonJS (bin/package.json, copied to dist/bin by scripts/bin-type.mjs): Node then runs the bin without its ES module
// loader (resolving, linking and evaluating a module graph), ~15 M instructions less at every start (README, "Start-up")
import nodeModule = require("node:module");
import fs = require("node:fs");
import path = require("node:path");

// why: Node 22.1+ can keep V8's compiled code of every module on disk (NODE_COMPILE_CACHE, default a folder in
// the OS temp dir), which cuts start-up on the second run; Node 20 has no such API, so this is a no-op there.
// It must run before the CLI's modules load, hence the dynamic import of main below.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

type Main = typeof import("../src/cli/main.js", { with: { "resolution-mode": "import" } });

const controller = new AbortController();
let signals = 0;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    // a second signal means "now": the outputs are temporary files until the run commits them
    if (++signals > 1) process.exit(sig === "SIGINT" ? 130 : 143);
    controller.abort(sig);
  });
}

// why: a reader that stops early (`ingest-check … | head`) closes the pipe: the run still finishes (outputs, state)
// with its own exit code, and no stack trace
process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code !== "EPIPE") throw e; });

// why the bundle first: dist/src/cli/bundle.cjs (scripts/bundle-cli.mjs) is the CLI's own code in one CommonJS file,
// which loads faster than the ~85 ES modules tsc writes; those stay the fallback (a build without esbuild)
// (main.js is an ES module: import() it; the loader is this bin's CommonJS sibling: require() it)
const bundled = path.join(__dirname, "..", "src", "cli", "bundle.cjs");
const load = async (): Promise<Main> =>
  fs.existsSync(bundled) ? (require("./bundle-loader.js") as typeof import("./bundle-loader.js")).loadBundle(bundled) : import("../src/cli/main.js") as Promise<Main>;

load()
  .then(({ main }) => main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal: controller.signal }))
  .then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`ingest-check: internal error: ${(e as Error)?.message ?? e}\n`); process.exitCode = 2; },
  );
