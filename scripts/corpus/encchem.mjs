// Scores encoding detection on the encchem set (a chemistry program's exports: element lists, lab measurement logs, glossaries and lab inventories holding Kalzium's wording in each language; scripts/corpus/encchem/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCCHEM_SOURCES=DIR node scripts/corpus/encchem.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateChemExports, CASES } from "./encchem/build.mjs";
import { loadEntries, defaultDir } from "./encchem/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encchem", seed: 35, root, defaultDir, cases: CASES, loadEntries, generate: generateChemExports });

await cliOf(import.meta.url, run, 35);
