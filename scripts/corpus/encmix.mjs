// Scores encoding detection on the encmix set (export-shaped tables from person names, places, country names in ~78 languages and fortune cookies no other set uses; scripts/corpus/encmix/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encmix.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runSet, cliOf, summaryFor } from "./lib-export-set.mjs";
import { generateMixExports } from "./encmix/build.mjs";
import { loadSources, defaultDir } from "./encmix/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** A page the detector does not know: the right outcome is a warning (or an answer that decodes the same text). */
const UNKNOWN = new Set(["iso-8859-3"]);

const summary = summaryFor(UNKNOWN, "ISO-8859-3 (Maltese, Esperanto)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 8, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  return runSet({ name: "encmix", seed, half, distDir, out, sourcesDir, loadSources, generate: generateMixExports, summary, unknown: UNKNOWN });
}

await cliOf(import.meta.url, run, 8);
