// Scores encoding detection on the encmusic set (a music library's exports: track lists, playlists, podcast feeds and radio stations holding Rhythmbox's wording in each language; scripts/corpus/encmusic/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCMUSIC_SOURCES=DIR node scripts/corpus/encmusic.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateMusicExports, CASES } from "./encmusic/build.mjs";
import { loadEntries, defaultDir } from "./encmusic/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the package is not there. */
export const run = languageSetRunner({ name: "encmusic", seed: 31, root, defaultDir, cases: CASES, loadEntries, generate: generateMusicExports });

await cliOf(import.meta.url, run, 31);
