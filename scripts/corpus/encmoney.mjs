// Scores encoding detection on the encmoney set (export-shaped tables in glibc locales' money, date and number conventions, a share with symbols as their only non-ASCII characters; scripts/corpus/encmoney/): right, wrong but warned, wrong and silent, per case and page, the tuning half and the held-out half apart.
// Usage: ENCMONEY_SOURCES=DIR node scripts/corpus/encmoney.mjs [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setRunner, cliOf, summaryRow } from "./lib-export-set.mjs";
import { mdTable } from "./lib.mjs";
import { generateMoneyExports, PAGES, CASES } from "./encmoney/build.mjs";
import { loadSources as loadLocales, defaultDir } from "./encmoney/sources.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const UNKNOWN = new Set(["cp437"]);

/** The summary: pages the detector knows (legacy, Unicode, files whose only non-ASCII characters are signs, each legacy case), then cp437 apart. */
function summary(results) {
  const known = results.filter((r) => !UNKNOWN.has(r.encoding));
  const legacy = known.filter((r) => !/^utf-/.test(r.encoding));
  const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
  const rows = [summaryRow("pages the detector knows", known), summaryRow("  legacy (not UTF)", legacy), summaryRow("  Unicode (UTF-8 ± BOM, UTF-16 ± BOM)", known.filter((r) => /^utf-/.test(r.encoding))),
    summaryRow("  legacy, signs only (no non-ASCII letter)", legacy.filter((r) => r.lettersFree))];
  for (const k of Object.keys(CASES)) rows.push(summaryRow(`  legacy ${k}`, legacy.filter((r) => r.difficulty === k)));
  rows.push(summaryRow("pages it does not know (cp437)", results.filter((r) => UNKNOWN.has(r.encoding))));
  return mdTable(head, rows);
}

/**
 * The `npm run corpus` section: the tuning half by default; skipped with a message when the locale files are not there. DOS cp437 is
 * no candidate of the detector: its files count apart (a right answer there is a page that decodes them alike, or a warning).
 */
export const run = setRunner({ name: "encmoney", seed: 19, root, defaultDir, loadSources: (dir) => loadLocales(dir, (lang) => lang in PAGES), generate: generateMoneyExports, unknown: UNKNOWN, summary });

await cliOf(import.meta.url, run, 19);
