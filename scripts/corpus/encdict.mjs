// Scores encoding detection on the encdict set (exports of autocorrect lists and input-method dictionaries: shortcuts or readings and their replacements in each language's own text; scripts/corpus/encdict/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCDICT_SOURCES=DIR node scripts/corpus/encdict.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf, caseSummary } from "./lib-export-set.mjs";
import { generateDictionaryExports, CASES } from "./encdict/build.mjs";
import { loadEntries, defaultDir } from "./encdict/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The summary: legacy and Unicode files, legacy files with at most two distinct non-ASCII characters, each legacy case; the rows dropped or given a `?` because their page could not hold them. */
const summary = caseSummary(CASES, (results) => {
  const dropped = results.reduce((s, r) => s + r.dropped, 0);
  const replaced = results.reduce((s, r) => s + r.replaced, 0);
  return `Rows dropped because the file's page cannot hold them: ${dropped} of ${dropped + results.reduce((s, r) => s + r.rows, 0)}; symbols written \`?\`: ${replaced}.`;
});

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the lists are not there. */
export const run = setRunner({ name: "encdict", seed: 21, root, defaultDir, loadSources: (dir) => languagesOf(loadEntries(dir)), generate: ({ sources, seed, halves }) => generateDictionaryExports({ entries: sources.entries, seed, halves }), unknown: new Set(), summary });

/** runSet counts sources: the entries wrapped as one source a language (fewer than 10 languages means the lists are not there). */
function languagesOf(entries) {
  const langs = [...new Set(entries.map((e) => e.lang))].map((lang) => ({ lang }));
  return Object.assign(langs, { entries });
}

await cliOf(import.meta.url, run, 21);
