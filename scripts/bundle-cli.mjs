// Builds the command line's own code into one CommonJS file, dist/src/cli/bundle.cjs, after tsc (npm run build); the bin loads it.
// why: Node 20 loads the ~85 ESM files tsc writes one by one (resolve, read, compile, link each), ~50 ms of CPU more
// than one CommonJS file (README, "Start-up"); an ESM bundle with code splitting (33 chunks at a plain run) saved
// only ~10 ms. Laziness is kept: esbuild wraps every module reached through an `import()` in an init function that
// runs at that import, so the reporters, S3, state, encoding statistics... run only when a run needs them, and
// packages stay outside (required or imported from node_modules only then). bundle.meta.json lists the dist/src
// modules inside (test/cli/lazy-load.test.ts reads it). Without esbuild (it comes with tsx) the build goes on and
// the bin loads dist/src/cli/main.js as before.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiOnly, esbuildOrSkip, OWN_CODE_CJS } from "./bundle-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "cli", "main.js");
// why beside main.js: the bundle's import.meta.url then sits as deep as every dist/src/<folder>/*.js, which
// src/version.ts (package.json) and src/pipeline/pool.ts (the worker) count on
const outfile = join(root, "dist", "src", "cli", "bundle.cjs");
const metafile = join(root, "dist", "src", "cli", "bundle.meta.json");
const esbuild = await esbuildOrSkip("bundle-cli", "the bin loads dist/src/cli/main.js", [outfile, metafile], entry);
if (!esbuild) process.exit(0);
const result = await esbuild.build({
  entryPoints: [entry],
  outfile,
  ...OWN_CODE_CJS,
  absWorkingDir: root,
  // why import() becomes require(): bin/bundle-loader.ts compiles the bundle from V8's code cache, and on Node 20 a
  // script so compiled cannot import() (its callback is lost). Every package the CLI imports has a CommonJS build.
  supported: { "dynamic-import": false },
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith("dist/src/")).sort();
asciiOnly(outfile);
writeFileSync(metafile, JSON.stringify({ bundle: "bundle.cjs", inputs }, null, 1) + "\n");
