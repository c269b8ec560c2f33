// Builds single-file bundles of the CLI and the GitHub Action entry with esbuild, into dist-bundle/.
// Usage: npm run build && node scripts/bundle.mjs   → dist-bundle/ingest-check.cjs, dist-bundle/action.cjs
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cliMain = join(root, "dist", "src", "cli", "main.js");
if (!existsSync(cliMain)) {
  console.error(`bundle: ${cliMain} is missing; run "npm run build" first`);
  process.exit(2);
}
const outdir = join(root, "dist-bundle");
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // Why CommonJS: several dependencies (pino, iconv-lite) call require() at run time, which an ESM bundle
  // cannot do without a createRequire banner; a .cjs file runs anywhere Node does.
  format: "cjs",
  // import.meta.url is empty in CommonJS; give the code the file's own URL instead.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require(\"node:url\").pathToFileURL(__filename).href;" },
  // Loaded only on demand (TypeScript schema modules, the optional DuckDB pre-scan); they need a real install.
  external: ["tsx", "tsx/*", "esbuild", "@duckdb/*"],
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: root,
};

await build({
  ...common,
  stdin: {
    contents: `import { main } from "./dist/src/cli/main.js";
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => { console.error(err); process.exitCode = 2; });`,
    resolveDir: root,
    sourcefile: "ingest-check-entry.js",
  },
  outfile: join(outdir, "ingest-check.cjs"),
});
await build({ ...common, entryPoints: [join(root, "scripts", "action-entry.mjs")], outfile: join(outdir, "action.cjs") });
console.log("bundle: wrote dist-bundle/ingest-check.cjs and dist-bundle/action.cjs");
