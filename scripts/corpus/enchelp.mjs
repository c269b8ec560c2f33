// Scores encoding detection on the enchelp set (a help desk's and a community's exports: tickets, knowledge-base answers, forum posts, a survey's free answers holding GNOME's help text and SuperTux's game text in each language; scripts/corpus/enchelp/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCHELP_SOURCES=DIR node scripts/corpus/enchelp.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateHelpExports, CASES } from "./enchelp/build.mjs";
import { loadEntries, defaultDir } from "./enchelp/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the packages are not there. */
export const run = languageSetRunner({ name: "enchelp", seed: 26, root, defaultDir, cases: CASES, loadEntries, generate: generateHelpExports });

await cliOf(import.meta.url, run, 26);
