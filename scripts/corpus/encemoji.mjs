// Scores encoding detection on the encemoji set (a chat service's exports: emoji and sticker catalogue, a message log's reactions, a sticker shop's orders, a translation review sheet holding CLDR's emoji names and keywords in each language's own text; scripts/corpus/encemoji/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCEMOJI_SOURCES=DIR node scripts/corpus/encemoji.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateEmojiExports, CASES } from "./encemoji/build.mjs";
import { loadEntries, defaultDir } from "./encemoji/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the annotations are not there. */
export const run = languageSetRunner({ name: "encemoji", seed: 25, root, defaultDir, cases: CASES, loadEntries, generate: generateEmojiExports });

await cliOf(import.meta.url, run, 25);
