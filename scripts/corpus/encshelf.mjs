// Scores encoding detection on the encshelf set (a collector's catalogue exports: books, loans, coins and field lists holding Tellico's collection-manager wording in each language; scripts/corpus/encshelf/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCSHELF_SOURCES=DIR node scripts/corpus/encshelf.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateShelfExports, CASES } from "./encshelf/build.mjs";
import { loadEntries, defaultDir } from "./encshelf/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encshelf", seed: 29, root, defaultDir, cases: CASES, loadEntries, generate: generateShelfExports });

await cliOf(import.meta.url, run, 29);
