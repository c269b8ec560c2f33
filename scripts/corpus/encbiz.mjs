// Scores encoding detection on the encbiz set (a small company's exports: chart of accounts, invoice lines, orders, a mailbox's message log holding Tryton's ERP wording and Roundcube's webmail text in each language; scripts/corpus/encbiz/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCBIZ_SOURCES=DIR node scripts/corpus/encbiz.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateBusinessExports, CASES } from "./encbiz/build.mjs";
import { loadEntries, defaultDir } from "./encbiz/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the packages are not there. */
export const run = languageSetRunner({ name: "encbiz", seed: 27, root, defaultDir, cases: CASES, loadEntries, generate: generateBusinessExports });

await cliOf(import.meta.url, run, 27);
