// Scores encoding detection on the encship set (legacy-encoded files that ship inside npm packages, scripts/corpus/encship/build.mjs; a .dbf as its records exported to CSV) like encwild: whole files and their first 50 lines; right, warned, SILENT, per page and per label source.
// Usage: ENCSHIP_SOURCES=DIR node scripts/corpus/encship.mjs [--dist DIR] [--rebuild] [--peers] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main, runShipSet } from "./encwild.mjs";
import { buildManifest, bytesOf, defaultDir, readManifest, writeManifest } from "./encship/build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The `npm run corpus` section: the encship manifest built or read, scored; skipped with a message without sources. */
export async function run({ sourcesDir = defaultDir(root), ...o } = {}) {
  return runShipSet({ ...o, sourcesDir, name: "encship", build: { buildManifest, readManifest, writeManifest }, bytesOf });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(run);
