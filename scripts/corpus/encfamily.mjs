// Scores encoding detection on the encfamily set (a family historian's exports: people, events, sources and a research log holding Gramps' genealogy wording in each language; scripts/corpus/encfamily/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCFAMILY_SOURCES=DIR node scripts/corpus/encfamily.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateFamilyExports, CASES } from "./encfamily/build.mjs";
import { loadEntries, defaultDir } from "./encfamily/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encfamily", seed: 28, root, defaultDir, cases: CASES, loadEntries, generate: generateFamilyExports });

await cliOf(import.meta.url, run, 28);
