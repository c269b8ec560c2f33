// Builds bundles of the CLI and the GitHub Action entry with esbuild, into dist-bundle/ (plus the --jobs worker beside them).
// Usage: npm run build && node scripts/bundle.mjs [--outdir DIR]   → DIR (default dist-bundle)/ingest-check.cjs, action.cjs
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cliMain = join(root, "dist", "src", "cli", "main.js");
if (!existsSync(cliMain)) {
  console.error(`bundle: ${cliMain} is missing; run "npm run build" first`);
  process.exit(2);
}
const at = process.argv.indexOf("--outdir");
const outdir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : join(root, "dist-bundle");
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
// --jobs runs files in worker threads started from `new URL("./worker.js", import.meta.url)`, which in a
// bundle is the folder of the bundle: so the worker is bundled beside it, and a package.json there says
// its .js files are CommonJS (the repository's own package.json says "module").
const worker = join(root, "dist", "src", "pipeline", "worker.js");
if (existsSync(worker)) {
  await build({ ...common, banner: { js: common.banner.js.replace(/^#!.*\n/, "") }, entryPoints: [worker], outfile: join(outdir, "worker.js") });
  writeFileSync(join(outdir, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
}
const shown = relative(process.cwd(), outdir) || ".";
console.log(`bundle: wrote ${join(shown, "ingest-check.cjs")} and ${join(shown, "action.cjs")}`);
