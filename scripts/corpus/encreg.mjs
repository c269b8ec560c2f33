// Scores encoding detection on the encreg set (a registry's per-country company exports, mostly ASCII with a few accented letters and the registry's own mojibake; scripts/corpus/encreg/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCREG_SOURCES=DIR node scripts/corpus/encreg.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf, caseSummary } from "./lib-export-set.mjs";
import { generateRegistryExports, CASES } from "./encreg/build.mjs";
import { loadCompanies, defaultDir } from "./encreg/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The summary: legacy and Unicode files, legacy files with at most two distinct non-ASCII characters, each legacy case; the rows dropped because their page could not hold them. */
const summary = caseSummary(CASES, (results) => {
  const dropped = results.reduce((s, r) => s + r.dropped, 0);
  return `Rows dropped because the file's page cannot hold them: ${dropped} of ${dropped + results.reduce((s, r) => s + r.rows, 0)}.`;
});

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the registry files are not there. */
export const run = setRunner({ name: "encreg", seed: 20, root, defaultDir, loadSources: (dir) => countriesOf(loadCompanies(dir)), generate: ({ sources, seed, halves }) => generateRegistryExports({ companies: sources.companies, seed, halves }), unknown: new Set(), summary });

/** runSet counts sources: the companies wrapped as one source a country (fewer than 10 countries means the registry is not there). */
function countriesOf(companies) {
  const countries = [...new Set(companies.map((c) => c.country))].map((country) => ({ country }));
  return Object.assign(countries, { companies });
}

await cliOf(import.meta.url, run, 20);
