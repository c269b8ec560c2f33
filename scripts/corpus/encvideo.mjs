// Scores encoding detection on the encvideo set (a video editor's exports: project bin inventories, render queue logs, effect and transition lists and subtitle tracks holding Kdenlive's wording in each language; scripts/corpus/encvideo/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCVIDEO_SOURCES=DIR node scripts/corpus/encvideo.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateVideoExports, CASES } from "./encvideo/build.mjs";
import { loadEntries, defaultDir } from "./encvideo/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encvideo", seed: 36, root, defaultDir, cases: CASES, loadEntries, generate: generateVideoExports });

await cliOf(import.meta.url, run, 36);
