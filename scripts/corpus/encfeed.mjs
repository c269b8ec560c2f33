// Scores encoding detection on the encfeed set (export-shaped tables from FreeDict dictionaries and Aspell word lists no other set uses; scripts/corpus/encfeed/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encfeed.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runSet, cliOf, summaryFor } from "./lib-export-set.mjs";
import { generateFeedExports } from "./encfeed/build.mjs";
import { loadSources, defaultDir } from "./encfeed/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Every page of the set is a candidate of the detector; the row stays for a page added later that it does not know. */
const UNKNOWN = new Set([]);

const summary = summaryFor(UNKNOWN, "pages it does not know (none)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 9, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  return runSet({ name: "encfeed", seed, half, distDir, out, sourcesDir, loadSources, generate: generateFeedExports, summary, unknown: UNKNOWN });
}

await cliOf(import.meta.url, run, 9);
