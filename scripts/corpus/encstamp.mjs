// Scores encoding detection on the encstamp set (exports of a drawing program's clip-art: stamp catalogues, usage logs and orders holding Tux Paint's stamp descriptions in each language's own text; scripts/corpus/encstamp/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCSTAMP_SOURCES=DIR node scripts/corpus/encstamp.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateStampExports, CASES } from "./encstamp/build.mjs";
import { loadEntries, defaultDir } from "./encstamp/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the stamp descriptions are not there. */
export const run = languageSetRunner({ name: "encstamp", seed: 23, root, defaultDir, cases: CASES, loadEntries, generate: generateStampExports });

await cliOf(import.meta.url, run, 23);
