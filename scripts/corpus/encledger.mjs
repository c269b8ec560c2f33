// Scores encoding detection on the encledger set (a bookkeeping program's exports: charts of accounts, ledger lines, payees, budgets, scheduled transactions and import logs holding KMyMoney's wording in each language; scripts/corpus/encledger/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCLEDGER_SOURCES=DIR node scripts/corpus/encledger.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateLedgerExports, CASES } from "./encledger/build.mjs";
import { loadEntries, defaultDir } from "./encledger/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encledger", seed: 34, root, defaultDir, cases: CASES, loadEntries, generate: generateLedgerExports });

await cliOf(import.meta.url, run, 34);
