// Scores encoding detection on the encdesk set (export-shaped tables from translated desktop entries and desktop catalogues no other set uses; scripts/corpus/encdesk/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCDESK_SOURCES=DIR node scripts/corpus/encdesk.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf } from "./lib-export-set.mjs";
import { generateDeskExports } from "./encdesk/build.mjs";
import { loadSources, defaultDir } from "./encdesk/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. DOS cp437 is
 * no candidate of the detector: its files count apart (a right answer there is a page that decodes them alike, or a warning).
 */
export const run = setRunner({ name: "encdesk", seed: 16, root, defaultDir, loadSources, generate: generateDeskExports, unknown: new Set(["cp437"]), unknownLabel: "pages it does not know (cp437)" });

await cliOf(import.meta.url, run, 16);
