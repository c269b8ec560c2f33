// Scores encoding detection on the encconf set (exports of system settings: saved installer answers, help-desk tickets and a translation review sheet holding Debian debconf templates' translated questions, answers and help in each language's own text; scripts/corpus/encconf/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCCONF_SOURCES=DIR node scripts/corpus/encconf.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateConfExports, CASES } from "./encconf/build.mjs";
import { loadEntries, defaultDir } from "./encconf/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the templates are not there. */
export const run = languageSetRunner({ name: "encconf", seed: 24, root, defaultDir, cases: CASES, loadEntries, generate: generateConfExports });

await cliOf(import.meta.url, run, 24);
