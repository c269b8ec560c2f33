// Scores encoding detection on the encchat set (a chat client's exports: buddy lists, conversation logs, account lists and file-transfer logs holding Pidgin's wording in each language; scripts/corpus/encchat/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCCHAT_SOURCES=DIR node scripts/corpus/encchat.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateChatExports, CASES } from "./encchat/build.mjs";
import { loadEntries, defaultDir } from "./encchat/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encchat", seed: 33, root, defaultDir, cases: CASES, loadEntries, generate: generateChatExports });

await cliOf(import.meta.url, run, 33);
