// Scores encoding detection on the encphoto set (a photo library's exports: photo lists, events, tags and publishing logs holding Shotwell's wording in each language; scripts/corpus/encphoto/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCPHOTO_SOURCES=DIR node scripts/corpus/encphoto.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generatePhotoExports, CASES } from "./encphoto/build.mjs";
import { loadEntries, defaultDir } from "./encphoto/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encphoto", seed: 32, root, defaultDir, cases: CASES, loadEntries, generate: generatePhotoExports });

await cliOf(import.meta.url, run, 32);
