// Builds the worker thread (--jobs, split files) into one CommonJS file, dist/src/worker-bundle.cjs, after tsc (npm run build).
// why: a worker loads its modules anew; as ~90 ESM files that cost ~120 ms of CPU per worker, as one file ~70 ms
// (README, performance). Packages stay outside (required from node_modules when a run needs them). Without esbuild
// (it comes with tsx) the build goes on and the workers load dist/src/pipeline/worker.js as before.
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "pipeline", "worker.js");
// why dist/src/: the bundle's import.meta.url must be two folders below the package root, as every dist/src
// module's is (src/version.ts finds package.json from there)
const outfile = join(root, "dist", "src", "worker-bundle.cjs");
rmSync(outfile, { force: true });
let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  console.error("bundle-worker: esbuild is not installed; the workers load dist/src/pipeline/worker.js");
  process.exit(0);
}
if (!existsSync(entry)) {
  console.error(`bundle-worker: ${entry} is missing (tsc did not run?)`);
  process.exit(2);
}
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  // import.meta.url is empty in CommonJS: give the code the bundle's own URL
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: "const __importMetaUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  legalComments: "none",
  logLevel: "warning",
});
