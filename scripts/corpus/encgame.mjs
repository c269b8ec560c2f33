// Scores encoding detection on the encgame set (export-shaped tables from a game's translated catalogues no other set uses; scripts/corpus/encgame/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCGAME_SOURCES=DIR node scripts/corpus/encgame.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf } from "./lib-export-set.mjs";
import { generateGameExports } from "./encgame/build.mjs";
import { loadSources, defaultDir } from "./encgame/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. DOS cp437 is
 * no candidate of the detector: its files count apart (a right answer there is a page that decodes them alike, or a warning).
 */
export const run = setRunner({ name: "encgame", seed: 18, root, defaultDir, loadSources, generate: generateGameExports, unknown: new Set(["cp437"]), unknownLabel: "pages it does not know (cp437)" });

await cliOf(import.meta.url, run, 18);
