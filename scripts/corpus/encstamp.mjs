// Scores encoding detection on the encstamp set (exports of a drawing program's clip-art: stamp catalogues, usage logs and orders holding Tux Paint's stamp descriptions in each language's own text; scripts/corpus/encstamp/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCSTAMP_SOURCES=DIR node scripts/corpus/encstamp.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf, caseSummary } from "./lib-export-set.mjs";
import { generateStampExports, CASES } from "./encstamp/build.mjs";
import { loadEntries, defaultDir } from "./encstamp/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The summary: legacy and Unicode files, legacy files with at most two distinct non-ASCII characters, each legacy case; the rows dropped because their page could not hold them. */
const summary = caseSummary(CASES, (results) => {
  const dropped = results.reduce((s, r) => s + r.dropped, 0);
  return `Rows dropped because the file's page cannot hold them: ${dropped} of ${dropped + results.reduce((s, r) => s + r.rows, 0)}.`;
});

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the stamp descriptions are not there. */
export const run = setRunner({ name: "encstamp", seed: 23, root, defaultDir, loadSources: (dir) => languagesOf(loadEntries(dir)), generate: ({ sources, seed, halves }) => generateStampExports({ entries: sources.entries, seed, halves }), unknown: new Set(), summary });

/** runSet counts sources: the entries wrapped as one source a language (fewer than 10 languages means the sources are not there). */
function languagesOf(entries) {
  const langs = [...new Set(entries.map((e) => e.lang))].map((lang) => ({ lang }));
  return Object.assign(langs, { entries });
}

await cliOf(import.meta.url, run, 23);
