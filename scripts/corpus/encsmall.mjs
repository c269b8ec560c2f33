// Scores encoding detection on the encsmall set (small exports with 1–6 non-ASCII words, or only units and punctuation; scripts/corpus/encsmall/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encsmall.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]   (sources: $ENCSMALL_SOURCES, default the installed /usr/share/locale)
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runSet, cliOf, summaryRow } from "./lib-export-set.mjs";
import { generateSmallExports } from "./encsmall/build.mjs";
import { loadSources, defaultDir } from "./encsmall/sources.mjs";
import { mdTable } from "./lib.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** cp437 is no candidate of the detector; encsmall writes none, the set is all known pages. */
const UNKNOWN = new Set(["cp437"]);

/** The summary: legacy and UTF-8, then each case. */
function summary(results) {
  const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
  const legacy = results.filter((r) => !/^utf-/.test(r.encoding));
  const rows = [summaryRow("all", results), summaryRow("  legacy", legacy), summaryRow("  UTF-8 ± BOM", results.filter((r) => /^utf-/.test(r.encoding)))];
  for (const k of ["tiny", "few", "oneword", "bare", "symbols"]) rows.push(summaryRow(`  legacy ${k}`, legacy.filter((r) => r.difficulty === k)));
  return mdTable(head, rows);
}

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the catalogues are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 15, half = "tune", out = null, sourcesDir = defaultDir() } = {}) {
  return runSet({ name: "encsmall", seed, half, distDir, out, sourcesDir, loadSources, generate: generateSmallExports, summary, unknown: UNKNOWN });
}

await cliOf(import.meta.url, run, 15);
