// Builds the command line's own code into one CommonJS file, dist/src/cli/bundle.cjs, after tsc (npm run build); the bin loads it.
// why: Node 20 loads the ~85 ESM files tsc writes one by one (resolve, read, compile, link each), ~50 ms of CPU more
// than one CommonJS file (README, "Start-up"); an ESM bundle with code splitting (33 chunks at a plain run) saved
// only ~10 ms. Laziness is kept: esbuild wraps every module reached through an `import()` in an init function that
// runs at that import, so the reporters, S3, state, encoding statistics... run only when a run needs them, and
// packages stay outside (required or imported from node_modules only then), but for the two named below. bundle.meta.json lists the dist/src
// modules inside (test/cli/lazy-load.test.ts reads it). Without esbuild (it comes with tsx) the build goes on and
// the bin loads dist/src/cli/main.js as before.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { asciiOnly, esbuildOrSkip, externalsBut, OWN_CODE_CJS, selfWrapped } from "./bundle-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "src", "cli", "main.js");
// why beside main.js: the bundle's import.meta.url then sits as deep as every dist/src/<folder>/*.js, which
// src/version.ts (package.json) and src/pipeline/pool.ts (the worker) count on
const outfile = join(root, "dist", "src", "cli", "bundle.cjs");
const metafile = join(root, "dist", "src", "cli", "bundle.meta.json");
// why its own file: the language model's tables (~280 KB, for single-byte encodings only) are read at every start when
// inside the bundle; beside it they are read only when the detector weighs languages (README, "Start-up")
const languageData = join(root, "dist", "src", "encoding", "language-data.cjs");
const esbuild = await esbuildOrSkip("bundle-cli", "the bin loads dist/src/cli/main.js", [outfile, metafile, languageData], entry);
if (!esbuild) process.exit(0);
// why these two inside: commander runs at every start and re2js at every schema with a `pattern`; from node_modules
// they were compiled anew at each run, inside they come from the bundle's code cache (bin/bundle-loader.ts): ~20 ms
// of CPU less on a 1 KB file (README, "Start-up"). They still run only when required (esbuild's __commonJS init).
const BUNDLED_PACKAGES = ["commander", "re2js"];
const { packages: _external, ...ownCode } = OWN_CODE_CJS;
const external = externalsBut(root, BUNDLED_PACKAGES);
const result = await esbuild.build({
  entryPoints: [entry],
  outfile,
  ...ownCode,
  external,
  // why: the packages bundled keep their licence comments
  legalComments: "eof",
  absWorkingDir: root,
  // why import() becomes require(): bin/bundle-loader.ts compiles the bundle from V8's code cache, and on Node 20 a
  // script so compiled cannot import() (its callback is lost). Every package the CLI imports has a CommonJS build.
  supported: { "dynamic-import": false },
  metafile: true,
  plugins: [besideTheBundle("./language-data.js", "../encoding/language-data.cjs"), lazyChildProcess()],
});
await esbuild.build({ entryPoints: [join(root, "dist", "src", "encoding", "language-data.js")], outfile: languageData, ...ownCode, banner: {}, absWorkingDir: root });
asciiOnly(languageData);
const inputs = Object.keys(result.metafile.inputs).filter((p) => p.startsWith("dist/src/")).sort();
// why a switch: a --cpu-prof of the CLI's thread names minified functions; BUNDLE_MINIFY=0 npm run build keeps the names
if (process.env.BUNDLE_MINIFY !== "0") await minified(outfile);
asciiOnly(outfile);
selfWrapped(outfile);
writeFileSync(metafile, JSON.stringify({ bundle: "bundle.cjs", inputs }, null, 1) + "\n");

/**
 * Minifies the bundle as written (esbuild's transform, not its bundler). why minified: a run reads the whole bundle at
 * every start (a Buffer, then its one-byte string: two pages of fresh memory per 4 KB), so 1.2 MB → ~0.62 MB is ~300
 * fewer page faults on a 1 KB file (README, "Start-up"). why after the build: the bundler's own minifier drops the
 * `"dist/src/…js"() {` keys of its module init functions, which test/cli/lazy-load.test.ts traces; here they are text.
 * why not keepNames: its __name() call per function and class costs ~250 faults back, and nothing of the CLI reads
 * its own functions' names (an error's name is set in its constructor; commander's errors are told by instanceof).
 */
async function minified(file) {
  const { code } = await esbuild.transform(readFileSync(file, "utf8"), { minify: true, format: "cjs", target: "node20", legalComments: "eof" });
  writeFileSync(file, code);
}

/**
 * An esbuild plugin: commander's `require("node:child_process")` (at its load, so at every start) becomes a require at
 * its first `spawn`, which only an executable subcommand makes (the CLI has none). why: child_process brings net,
 * dgram, its stream wrappers and their bindings, ~45 fresh pages of a 1 KB run (README, "Start-up, fifth step").
 * A commander whose line differs is bundled as it is, with a warning (the build never fails for a start-up saving).
 */
function lazyChildProcess() {
  const eager = "const childProcess = require('node:child_process');";
  const lazy = "let childProcess_;\nconst childProcess = { spawn: (...args) => (childProcess_ ??= require('node:child_process')).spawn(...args) };";
  return {
    name: "lazy-child-process",
    setup(build) {
      build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
        const code = readFileSync(args.path, "utf8");
        if (!code.includes(eager)) return { contents: code, loader: "js", warnings: [{ text: `${args.path}: no \`${eager}\` line; child_process stays loaded at start` }] };
        return { contents: code.replace(eager, lazy), loader: "js" };
      });
    },
  };
}

/** An esbuild plugin: `import … from spec` inside the bundle becomes require(file), a CommonJS file built beside it. */
function besideTheBundle(spec, file) {
  return {
    name: "beside-the-bundle",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${spec.replace(/[.]/g, "\\.")}$`) }, () => ({ path: file, external: true }));
    },
  };
}
