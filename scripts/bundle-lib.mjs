// What the build's bundling steps share (scripts/bundle-worker.mjs, scripts/bundle-cli.mjs): esbuild if present, and the tsc output they start from.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * esbuild, or null after saying what the build does without it (it comes with tsx; without it the build goes on and
 * the built files are loaded as tsc wrote them). Removes `outputs` first, so a stale bundle never outlives a rebuild.
 */
export async function esbuildOrSkip(label, fallback, outputs, entry) {
  for (const f of outputs) rmSync(f, { recursive: true, force: true });
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    console.error(`${label}: esbuild is not installed; ${fallback}`);
    return null;
  }
  if (!existsSync(entry)) {
    console.error(`${label}: ${entry} is missing (tsc did not run?)`);
    process.exit(2);
  }
  return esbuild;
}

/** esbuild options for one CommonJS file of the project's own code; packages stay in node_modules, required at run time. */
export const OWN_CODE_CJS = {
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
};

/**
 * esbuild's `external` for a bundle of the project's own code with the packages named in `bundled` inside: every other
 * dependency in package.json (and its subpaths) stays in node_modules. why inside: a package a run always loads is then
 * compiled from the bundle's code cache (bin/bundle-loader.ts) rather than anew from node_modules at every start.
 */
export function externalsBut(root, bundled) {
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies ?? {});
  return dependencies.filter((d) => !bundled.includes(d)).flatMap((d) => [d, `${d}/*`]);
}

/**
 * Rewrites a bundle so that it is pure ASCII: every other UTF-16 unit becomes `\uXXXX` (esbuild escapes strings,
 * but leaves comments and some regular expressions as they are). why: V8 keeps a source that has one non-ASCII
 * character as a two-byte string, twice the size; the CLI bundle's source is held for the whole run (~1.9 MB
 * instead of ~1 MB, in the main thread and in each worker) and scanned at every start. `\uXXXX` means the same
 * character in comments, strings, regular expressions (with or without the u flag) and identifiers.
 */
export function asciiOnly(file) {
  const code = readFileSync(file, "utf8");
  // why: `\é` escaped would read `\\u00e9`, a backslash and five letters
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`${file}: a backslash before a non-ASCII character; asciiOnly cannot escape it`);
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== code) writeFileSync(file, ascii);
}

/**
 * Makes the bundle its own CommonJS wrapper: required, it runs as any module; run as a script (bin/bundle-loader.ts and
 * bin/worker-loader.ts, from V8's code cache), its value is the module function. why: the loader no longer builds Module.wrap(source), a
 * second flat copy of the 1.4 MB source in V8's heap at every start; it compiles the text as read. Line numbers stay.
 */
export function selfWrapped(file) {
  const head = "((run) => typeof module === \"object\" && typeof exports === \"object\" ? run.call(this, exports, require, module, __filename, __dirname) : run)(function (exports, require, module, __filename, __dirname) {";
  writeFileSync(file, `${head}${readFileSync(file, "utf8")}\n});\n`);
}
