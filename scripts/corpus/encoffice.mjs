// Scores encoding detection on the encoffice set (an office's groupware exports: address-book labels, appointments, tasks and mail filters holding Evolution's wording in each language; scripts/corpus/encoffice/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCOFFICE_SOURCES=DIR node scripts/corpus/encoffice.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateOfficeExports, CASES } from "./encoffice/build.mjs";
import { loadEntries, defaultDir } from "./encoffice/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encoffice", seed: 30, root, defaultDir, cases: CASES, loadEntries, generate: generateOfficeExports });

await cliOf(import.meta.url, run, 30);
