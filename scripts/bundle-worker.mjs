// Builds the worker thread (--jobs, split files) into one CommonJS file, dist/src/worker-bundle.cjs, after tsc (npm run build).
// why: a worker loads its modules anew; as ~90 ESM files that cost ~120 ms of CPU per worker, as one file ~70 ms
// (README, performance). Packages stay outside (required from node_modules when a run needs them), but re2js (below). Without esbuild
// (it comes with tsx) the build goes on and the workers load dist/src/pipeline/worker.js as before.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiOnly, esbuildOrSkip, externalsBut, OWN_CODE_CJS, selfWrapped } from "./bundle-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "pipeline", "worker.js");
// why dist/src/: the bundle's import.meta.url must be two folders below the package root, as every dist/src
// module's is (src/version.ts finds package.json from there)
const outfile = join(root, "dist", "src", "worker-bundle.cjs");
const esbuild = await esbuildOrSkip("bundle-worker", "the workers load dist/src/pipeline/worker.js", [outfile], entry);
if (!esbuild) process.exit(0);
// why re2js inside: every worker of a schema with a `pattern` (the bench's has two) required it from node_modules and
// compiled it anew, ~20 ms of a worker's CPU; inside, it comes from the worker bundle's code cache (bin/worker-loader.ts),
// as it does for the CLI (scripts/bundle-cli.mjs). It still runs only when required (esbuild's __commonJS init).
const BUNDLED_PACKAGES = ["re2js"];
const { packages: _external, ...ownCode } = OWN_CODE_CJS;
await esbuild.build({
  entryPoints: [entry],
  outfile,
  ...ownCode,
  external: externalsBut(root, BUNDLED_PACKAGES),
  // why: the package bundled keeps its licence comments
  legalComments: "eof",
  absWorkingDir: root,
});
asciiOnly(outfile);
// why: bin/worker-loader.ts compiles it from V8's code cache as a script, whose value must be the module function
selfWrapped(outfile);
