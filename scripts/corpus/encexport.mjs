// Scores encoding detection on the encexport set (tables shaped like real exports, from sources no other set uses; scripts/corpus/encexport/): right, wrong but warned (naming the right encoding or not), wrong and silent, per tool, case and encoding, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/encexport.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mdTable } from "./lib.mjs";
import { scoreHalves, writeSet, summaryRow, cliOf } from "./lib-export-set.mjs";
import { generateExports } from "./encexport/build.mjs";
import { loadSources, defaultDir } from "./encexport/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** DOS pages: scored apart from the headline. cp850 and cp852 are candidates of the detector; the others it does not know (how such a file is reported). */
export const DOS_PAGES = new Set(["cp850", "cp852"]);
export const UNKNOWN_PAGES = new Set(["cp737", "cp857", "cp775"]);
export { writeSet };
const headline = (r) => !UNKNOWN_PAGES.has(r.encoding) && !DOS_PAGES.has(r.encoding);

export function summary(results) {
  const known = results.filter(headline);
  const legacy = known.filter((r) => !/^utf-/.test(r.encoding));
  const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
  const rows = [summaryRow("Windows, Mac, ISO, KOI8, CJK and Unicode pages", known), summaryRow("  of which legacy (not UTF)", legacy)];
  for (const k of ["normal", "short", "sparse", "oneword"]) rows.push(summaryRow(`  ${k}`, known.filter((r) => r.difficulty === k)));
  rows.push(summaryRow("DOS cp850, cp852", results.filter((r) => DOS_PAGES.has(r.encoding))));
  rows.push(summaryRow("DOS cp737, cp857, cp775 (pages the detector does not know)", results.filter((r) => UNKNOWN_PAGES.has(r.encoding))));
  return mdTable(head, rows);
}

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 6, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the encexport sources are not there (${sources.length} languages found in ${sourcesDir}; see README "encexport" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generateExports({ sources, seed, halves, world: sources.world });
  return scoreHalves({ files, halves, distDir, out, head: `${files.length} files, ${sources.length} languages, seed ${seed}, half ${half}.`, summary, known: headline });
}

await cliOf(import.meta.url, run, 6);
