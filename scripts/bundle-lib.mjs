// What the build's bundling steps share (scripts/bundle-worker.mjs, scripts/bundle-cli.mjs): esbuild if present, and the tsc output they start from.
import { existsSync, rmSync } from "node:fs";

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
