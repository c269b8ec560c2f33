// Scores encoding detection on the enccat set (short export-shaped tables from translated gettext catalogues of Debian packages no other set uses; scripts/corpus/enccat/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: node scripts/corpus/enccat.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreSet, tableOf } from "./encset.mjs";
import { wrongAnswers } from "./encprose.mjs";
import { writeSet } from "./encexport.mjs";
import { mdTable, pct } from "./lib.mjs";
import { generateCatalogueExports } from "./enccat/build.mjs";
import { loadSources, defaultDir } from "./enccat/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Pages the detector does not know: the right outcome is a warning (or an answer that decodes the same text). */
export const UNKNOWN_PAGES = new Set(["cp737", "cp857", "cp775", "cp855", "iso-8859-3", "maccyrillic"]);

export function summaryRow(name, rs) {
  const ok = rs.filter((r) => r.right).length;
  const warned = rs.filter((r) => !r.right && r.uncertain);
  return [name, rs.length, `${ok} (${pct(ok, rs.length)})`, warned.length, warned.filter((r) => r.rivalRight).length, rs.filter((r) => !r.right && !r.uncertain).length, rs.filter((r) => r.right && r.uncertain).length];
}

/**
 * The summary table of a generated set: pages the detector knows (legacy, Unicode, each legacy case), then the pages
 * it does not know (`unknown`, one row named `unknownLabel`).
 */
export function summaryFor(unknown, unknownLabel) {
  return (results) => {
    const known = results.filter((r) => !unknown.has(r.encoding));
    const legacy = known.filter((r) => !/^utf-/.test(r.encoding));
    const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
    const rows = [summaryRow("pages the detector knows", known), summaryRow("  legacy (not UTF)", legacy), summaryRow("  Unicode (UTF-8 ± BOM, UTF-16 ± BOM)", known.filter((r) => /^utf-/.test(r.encoding)))];
    for (const k of ["normal", "short", "sparse", "caps", "mixed", "oneword"]) rows.push(summaryRow(`  legacy ${k}`, legacy.filter((r) => r.difficulty === k)));
    rows.push(summaryRow(unknownLabel, results.filter((r) => unknown.has(r.encoding))));
    return mdTable(head, rows);
  };
}

export const summary = summaryFor(UNKNOWN_PAGES, "pages it does not know (cp737 cp775 cp855 cp857 ISO-8859-3 Mac Cyrillic)");

/** The `npm run corpus` section: the tuning half by default; skipped with a message when the sources are not there. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = 7, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the enccat sources are not there (${sources.length} languages found in ${sourcesDir}; see README "enccat" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generateCatalogueExports({ sources, seed, halves });
  return scoreHalves({ files, halves, distDir, out, head: `${files.length} files, ${sources.length} catalogue languages, seed ${seed}, half ${half}.`, summary, known: (r) => !UNKNOWN_PAGES.has(r.encoding) });
}

/** Scores a generated set's halves apart: the summary, the tables per family, case and page, and every wrong answer read both ways. */
export async function scoreHalves({ files, halves, distDir, out, head, summary, known }) {
  if (out) writeSet(out, files);
  const { results } = await scoreSet(files, { distDir, peers: false });
  const parts = [head];
  for (const h of halves) {
    const rs = results.filter((r) => r.half === h);
    parts.push("", `## ${h ? "Held-out" : "Tuning"} half`, "", summary(rs), "", tableOf(rs, { peers: false }), "", "With the text both ways:", "", wrongAnswers(rs, files));
  }
  const ks = results.filter(known);
  const numbers = { files: ks.length, correct: ks.filter((r) => r.right).length, silentMisreads: ks.filter((r) => !r.right && !r.uncertain).length, falseWarnings: ks.filter((r) => r.right && r.uncertain).length };
  return { table: parts.join("\n"), numbers, results, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : 7, half: opt("--half") ?? "tune", out: opt("--out") ? resolve(opt("--out")) : null });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results.map((r) => ({ ...r, bytes: undefined })), null, 1));
}
