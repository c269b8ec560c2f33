// Scores encoding detection on the encman set (export-shaped tables from translated manual pages no other set uses; scripts/corpus/encman/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCMAN_SOURCES=DIR node scripts/corpus/encman.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf } from "./lib-export-set.mjs";
import { generateManExports } from "./encman/build.mjs";
import { loadSources, defaultDir } from "./encman/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. DOS cp437 is
 * no candidate of the detector: its files count apart (a right answer there is a page that decodes them alike, or a warning).
 */
export const run = setRunner({ name: "encman", seed: 17, root, defaultDir, loadSources, generate: generateManExports, unknown: new Set(["cp437"]), unknownLabel: "pages it does not know (cp437)" });

await cliOf(import.meta.url, run, 17);
