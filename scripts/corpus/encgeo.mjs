// Scores encoding detection on the encgeo set (exports of geography quiz data: map divisions and their capitals in each language's own text, from KGeography's translations and Firefox's Vietnamese region names; scripts/corpus/encgeo/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCGEO_SOURCES=DIR node scripts/corpus/encgeo.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { languageSetRunner, cliOf } from "./lib-export-set.mjs";
import { generateGeographyExports, CASES } from "./encgeo/build.mjs";
import { loadEntries, defaultDir } from "./encgeo/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the maps and catalogues are not there. */
export const run = languageSetRunner({ name: "encgeo", seed: 22, root, defaultDir, cases: CASES, loadEntries, generate: generateGeographyExports });

await cliOf(import.meta.url, run, 22);
