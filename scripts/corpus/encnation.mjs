// Scores encoding detection on the encnation set (export-shaped tables from Freeciv's nations, LibreOffice thesauri and program messages no other set uses; scripts/corpus/encnation/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encnation.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runSet, cliOf, summaryFor } from "./lib-export-set.mjs";
import { generateNationExports } from "./encnation/build.mjs";
import { loadSources, defaultDir } from "./encnation/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** DOS cp437 is no candidate of the detector: its files count apart (a right answer there is a page that decodes them alike, or a warning). */
const UNKNOWN = new Set(["cp437"]);

const summary = summaryFor(UNKNOWN, "pages it does not know (cp437)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 11, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  return runSet({ name: "encnation", seed, half, distDir, out, sourcesDir, loadSources, generate: generateNationExports, summary, unknown: UNKNOWN });
}

await cliOf(import.meta.url, run, 11);
