// Scores encoding detection on the enccat set (short export-shaped tables from translated gettext catalogues of Debian packages no other set uses; scripts/corpus/enccat/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/enccat.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runSet, cliOf, summaryFor, summaryRow, scoreHalves } from "./lib-export-set.mjs";
import { generateCatalogueExports } from "./enccat/build.mjs";
import { loadSources, defaultDir } from "./enccat/sources.mjs";

export { summaryFor, summaryRow, scoreHalves };
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Pages the detector does not know: the right outcome is a warning (or an answer that decodes the same text). */
export const UNKNOWN_PAGES = new Set(["cp737", "cp857", "cp775", "cp855", "iso-8859-3", "maccyrillic"]);

export const summary = summaryFor(UNKNOWN_PAGES, "pages it does not know (cp737 cp775 cp855 cp857 ISO-8859-3 Mac Cyrillic)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 7, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  return runSet({ name: "enccat", seed, half, distDir, out, sourcesDir, loadSources, generate: generateCatalogueExports, summary, unknown: UNKNOWN_PAGES, unit: "catalogue languages" });
}

await cliOf(import.meta.url, run, 7);
