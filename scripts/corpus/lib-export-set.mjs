// Shared by the held-out export sets (encmix, encfeed; enccat and encexport for scoring): export-shaped files from a language's value pools in the pages its exporters write, two halves that share no value, the `npm run corpus` section and the command line.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { fits, prepare } from "./encset/build.mjs";
import { hash } from "./encreal/build.mjs";
import { codecOf, UNICODE, Maker, csvLine } from "./enccat/build.mjs";
import { scoreSet, tableOf } from "./encset.mjs";
import { wrongAnswers } from "./encprose.mjs";
import { mdTable, pct } from "./lib.mjs";

export const nonAscii = (s) => /[^\x00-\x7f]/.test(s);

/** The entries of one file of a case `spec` ({ rows, own, native }): the language's own (`b.all`), filler, the native rows (`b.native`) a sparse file carries; at least one row that `isNative`. */
export function caseEntries(m, b, filler, spec, isNative) {
  const list = [];
  for (let i = 0; i < spec.rows; i++) list.push(m.rand() < spec.own ? m.pick(b.all) : m.pick(filler));
  for (let k = 0; k < (spec.native ?? 0); k++) list[m.int(0, list.length - 1)] = m.pick(b.native);
  if (!list.some(isNative)) list[m.int(0, list.length - 1)] = m.pick(b.native);
  return list;
}

/** A file's text and bytes as `tool` ([name, label, delimiter, end of line, BOM, quote all]) writes the header and rows in `codec`. */
export function toolBytes(tool, codec, header, rows) {
  const [, , delim, eol, bom, all] = tool;
  const text = prepare(codec, [header, ...rows].map((r) => csvLine(r, delim, all)).join(eol) + eol);
  const body = iconv.encode(text, codec);
  return { text, bytes: bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body };
}
export const CASES = ["normal", "short", "sparse", "caps", "oneword", "mixed"];

/**
 * A set's generator from its spec: { salt (the half hash's prefix, unless a source gives its own `halfOf(value)`), pages (language → tools), pools (pool names),
 * fallback (the pool a row draws from when its own is empty), asciiOf(src, pool) (the English values of a pool), shapes ({ name: { header, row(maker, value, index, comma) } }),
 * counts(maker) (rows per case), keep (a cell the one native value never replaces), shapeOk(name, pools) }.
 */
export function exportSet(spec) {
  const halfOf = (v) => hash(`${spec.salt}|${v}`) & 1;
  const poolCache = new WeakMap();
  /** A language's pools for one half and codec: native values (non-ASCII, encodable), any values of the language, ASCII (English) values. */
  function poolsFor(src, half, codec) {
    // why cached: every case and tool of a language draws from the same pools; fits() over thousands of values is slow
    const byKey = poolCache.get(src) ?? new Map();
    poolCache.set(src, byKey);
    const key = `${half}|${codec}`;
    if (!byKey.has(key)) {
      // why src.halfOf: a set whose halves split by source (encnation) gives each value its source's half
      const h = src.halfOf ?? halfOf;
      const mine = (a) => a.filter((v) => h(v) === half);
      const nat = {};
      const any = {};
      const ascii = {};
      for (const k of spec.pools) {
        any[k] = mine(src[k] ?? []).filter((v) => fits(codec, v));
        nat[k] = any[k].filter(nonAscii);
        ascii[k] = mine(spec.asciiOf(src, k)).filter((v) => !nonAscii(v));
      }
      byKey.set(key, { nat, any, ascii });
    }
    return byKey.get(key);
  }

  /** The rows of one file: native rows (normal, short, caps), English rows with ONE native value (sparse, oneword), or a quarter local (mixed). */
  function rowsOf(m, shape, p, kase, comma, lang) {
    const n = spec.counts(m)[kase];
    const native = kase === "normal" || kase === "short" || kase === "caps";
    const special = kase === "sparse" || kase === "oneword" ? m.int(0, n - 1) : -1;
    const rows = [];
    for (let i = 0; i < n; i++) {
      const local = native || (kase === "mixed" && m.rand() < 0.25);
      const from = (k) => {
        const pool = local && p.any[k].length ? p.any[k] : local && p.any[spec.fallback].length ? p.any[spec.fallback] : p.ascii[k];
        return m.pick(pool.length ? pool : p.ascii[spec.fallback]);
      };
      let row = shape.row(m, from, i, comma);
      if (i === special || (kase === "mixed" && local && !row.some(nonAscii))) {
        const k = row.findIndex((f) => /\p{L}{3}/u.test(f) && !spec.keep.test(f));
        const all = spec.pools.flatMap((q) => p.nat[q]);
        const pool = kase === "oneword" ? all.filter((v) => !/\s/.test(v)) : all;
        if (!pool.length || k < 0) return null;
        row[k] = m.pick(pool);
      }
      if (kase === "caps") row = row.map((f) => f.toLocaleUpperCase(lang));
      rows.push(row);
    }
    return rows;
  }

  /** One file, or null when the language has no native value for it in this page. */
  function makeFile(src, half, seed, tool, kase, uni) {
    const [toolName, label, delim, eol, bom, all] = tool;
    const codec = codecOf(label);
    const m = new Maker(hash(`${seed}|${half}|${src.lang}|${toolName}|${label}|${kase}`));
    const p = poolsFor(src, half, codec);
    if (spec.pools.reduce((s, k) => s + p.nat[k].length, 0) < 3) return null;
    const shapeName = m.pick(Object.keys(spec.shapes).filter((s) => spec.shapeOk(s, p)));
    const shape = spec.shapes[shapeName];
    const rows = rowsOf(m, shape, p, kase, delim === ";", src.lang);
    if (rows === null || !rows.flat().some(nonAscii) || !rows.flat().every((f) => fits(codec, f))) return null;
    const header = kase === "caps" ? shape.header.map((h) => h.toUpperCase()) : shape.header;
    const text = prepare(codec, [header, ...rows].map((r) => csvLine(r, delim, all)).join(eol) + eol);
    const body = iconv.encode(text, codec);
    const bytes = bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
    const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${src.lang}-${shapeName}.csv`;
    return { path, encoding: label, family: toolName, language: src.lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes };
  }

  /** The whole set as [{ path, encoding, family (the tool), language, difficulty (the case), half, group, bytes }]. */
  function generate({ sources, seed, halves = [0, 1] }) {
    const out = [];
    for (const half of halves) {
      for (const src of sources) {
        for (const kase of CASES) {
          for (const tool of spec.pages[src.lang] ?? []) {
            const f = makeFile(src, half, seed, tool, kase, false);
            if (f) out.push(f);
          }
          const m = new Maker(hash(`${seed}|${half}|${src.lang}|unicode|${kase}`));
          const f = makeFile(src, half, seed, m.pick(UNICODE), kase, true);
          if (f) out.push(f);
        }
      }
    }
    return out;
  }
  return { halfOf, generate };
}

/**
 * The `npm run corpus` section of a set: the tuning half by default; skipped with a message when fewer than 10
 * languages' sources are there.
 */
export async function runSet({ name, seed, half = "tune", distDir, out = null, sourcesDir, loadSources, generate, summary, unknown, unit = "languages" }) {
  const sources = loadSources(sourcesDir);
  if (sources.length < 10) {
    const msg = `skipped: the ${name} sources are not there (${sources.length} languages found in ${sourcesDir}; see README "${name}" to unpack them)`;
    return { table: msg, numbers: { skipped: msg } };
  }
  const halves = half === "both" ? [0, 1] : half === "held" ? [1] : [0];
  const files = generate({ sources, seed, halves });
  return scoreHalves({ files, halves, distDir, out, head: `${files.length} files, ${sources.length} ${unit}, seed ${seed}, half ${half}.`, summary, known: (r) => !unknown.has(r.encoding) });
}

/**
 * The summary of a set scored per case: all files, legacy and Unicode ones, legacy files with at most two distinct non-ASCII
 * characters, each legacy case (`cases`' keys); `footer(results)` follows the table.
 */
export function caseSummary(cases, footer) {
  return (results) => {
    const legacy = results.filter((r) => !/^utf-/.test(r.encoding));
    const head = ["", "files", "right", "wrong, warned", "… naming the right one", "wrong, SILENT", "warnings on right answers"];
    const rows = [summaryRow("all files", results), summaryRow("  legacy (not UTF)", legacy), summaryRow("  Unicode (UTF-8 ± BOM, UTF-16 ± BOM)", results.filter((r) => /^utf-/.test(r.encoding))),
      summaryRow("  legacy, at most two distinct non-ASCII characters", legacy.filter((r) => [...r.letters].length <= 2))];
    for (const k of Object.keys(cases)) rows.push(summaryRow(`  legacy ${k}`, legacy.filter((r) => r.difficulty === k)));
    return `${mdTable(head, rows)}\n\n${footer(results)}`;
  };
}

/**
 * The half of each key (0 tuning, 1 held out): in each group (`groupOf`), keys by `size` (largest first, then by name)
 * alternate between the halves from a half the hash of `salt|group` picks.
 */
export function alternatingHalves(keys, groupOf, size, salt) {
  const half = new Map();
  const groups = new Map();
  for (const k of keys) {
    const g = groupOf(k);
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(k);
  }
  for (const [g, ks] of groups) {
    let h = hash(`${salt}|${g}`) & 1;
    for (const k of ks.sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1))) {
      half.set(k, h);
      h = 1 - h;
    }
  }
  return half;
}

/**
 * The files of a set whose sources are keyed (a country, a language): for each key of `by` in `halves` with a native entry,
 * each case and each of its legacy tools (`pages[key]`), then one Unicode tool drawn per key and case;
 * `make(key, entry, half, tool, case, unicode)` gives a file or null.
 */
export function keyedFiles({ by, halfOf, halves, cases, pages, seed, make }) {
  const out = [];
  for (const [key, e] of [...by].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const half = halfOf.get(key);
    if (!halves.includes(half) || !e.native.length) continue;
    for (const kase of Object.keys(cases)) {
      for (const tool of pages[key]) {
        const f = make(key, e, half, tool, kase, false);
        if (f) out.push(f);
      }
      const m = new Maker(hash(`${seed}|${key}|unicode|${kase}`));
      const f = make(key, e, half, m.pick(UNICODE), kase, true);
      if (f) out.push(f);
    }
  }
  return out;
}

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

/** Writes the set's files under `dir` with labels.tsv (path, encoding, tool, language, case). */
export function writeSet(dir, files) {
  const rows = ["path\tencoding\ttool\tlanguage\tcase"];
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
    rows.push([f.path, f.encoding, f.family, f.language, f.difficulty].join("\t"));
  }
  writeFileSync(join(dir, "labels.tsv"), rows.join("\n") + "\n");
}

/**
 * The `npm run corpus` section of a set whose unknown pages count apart (`unknown`, one summary row `unknownLabel`): run({ distDir,
 * seed, half, out, sourcesDir }) scores the tuning half by default, the sources in `defaultDir(root)` unless given; `summary` replaces summaryFor's table.
 */
export function setRunner({ name, seed: defaultSeed, root, defaultDir, loadSources, generate, unknown, unknownLabel, summary = summaryFor(unknown, unknownLabel) }) {
  return ({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), seed = defaultSeed, half = "tune", out = null, sourcesDir = defaultDir(root) } = {}) =>
    runSet({ name, seed, half, distDir, out, sourcesDir, loadSources, generate, summary, unknown });
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

/** The command line of a set's scorer: [--dist DIR] [--seed N] [--half tune|held|both] [--out DIR] [--json OUT]; runs only when `url` is the script run. */
export async function cliOf(url, run, defaultSeed) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(url)) return;
  const a = process.argv.slice(2);
  const opt = (name) => (a.indexOf(name) >= 0 ? a[a.indexOf(name) + 1] : undefined);
  const { table, results } = await run({ distDir: opt("--dist") ? resolve(opt("--dist")) : undefined, seed: opt("--seed") ? Number(opt("--seed")) : defaultSeed, half: opt("--half") ?? "tune", out: opt("--out") ? resolve(opt("--out")) : null });
  console.log(table);
  const p = opt("--json");
  if (p && results) writeFileSync(resolve(p), JSON.stringify(results.map((r) => ({ ...r, bytes: undefined })), null, 1));
}

/**
 * The files of a set whose entries are split by language (encgeo, encstamp): per half, language (with at least three native
 * entries) and case, `make({ lang, b, filler, half, seed, kase, tool, uni })` for each legacy tool of `pagesOf(lang)`, then
 * for one Unicode tool drawn per language and case; a null is left out.
 */
export function languageCaseFiles({ by, filler, halves, seed, cases, pagesOf, make }) {
  const out = [];
  for (const half of halves) {
    for (const [lang, b] of [...by[half]].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (b.native.length < 3 || !filler[half].length) continue;
      for (const kase of Object.keys(cases)) {
        const base = { lang, b, filler: filler[half], half, seed, kase };
        for (const tool of pagesOf(lang)) {
          const f = make({ ...base, tool, uni: false });
          if (f) out.push(f);
        }
        const f = make({ ...base, tool: new Maker(hash(`${seed}|${half}|${lang}|unicode|${kase}`)).pick(UNICODE), uni: true });
        if (f) out.push(f);
      }
    }
  }
  return out;
}

/** A generated file's record from its text and bytes: path `half/group/tool-label/case-lang-shape.csv`, labels, the rows made and kept, its distinct non-ASCII letters. */
export function caseFileRecord({ lang, half, tool, kase, uni, shapeName, text, bytes, made, kept }) {
  const [toolName, label] = tool;
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${lang}-${shapeName}.csv`;
  const letters = [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])].join("");
  return { path, encoding: label, family: toolName, language: lang, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, dropped: made - kept, rows: kept, letters };
}

/**
 * Entries by half and language: { all, native (isNative) }, English ones (lang `en`) apart as `filler` when `textsOf` gives
 * no non-ASCII. Each entry goes to `halfOf(e)`'s half as `keep(e, half)` gives it; languages in `skip` are left out. A held-out
 * entry with a text (`textsOf`, empty ones aside) the same language's tuning entries also hold is dropped, so no text is in both halves.
 */
export function languageHalves(entries, { halfOf, keep = (e) => e, skip, textsOf, isNative }) {
  const halves = [new Map(), new Map()];
  const filler = [[], []];
  for (const e of entries) {
    const h = halfOf(e);
    const x = keep(e, h);
    if (e.lang === "en") {
      if (!textsOf(x).some(nonAscii)) filler[h].push(x);
      continue;
    }
    if (skip.has(e.lang)) continue;
    if (!halves[h].has(e.lang)) halves[h].set(e.lang, []);
    halves[h].get(e.lang).push(x);
  }
  for (const [lang, held] of halves[1]) {
    const seen = new Set((halves[0].get(lang) ?? []).flatMap(textsOf).filter(Boolean));
    halves[1].set(lang, held.filter((e) => !textsOf(e).some((t) => t && seen.has(t))));
  }
  const by = halves.map((m) => new Map([...m].map(([l, all]) => [l, { all, native: all.filter(isNative) }])));
  return { by, filler };
}

/**
 * One file of a language-and-case set (encgeo, encstamp), or null when no non-ASCII row fits its page: the case's entries
 * (`cases[kase]`), one shape drawn from `shapes` ({ name: { header, row(maker, entry, index, date, decimal comma) } }), dates
 * in one style of `dates` from `firstYear` to 2024; `holdRow(codec, row)` gives a row as the page holds it, or null to drop it.
 */
export function caseFile({ lang, b, filler, half, seed, tool, kase, uni }, { cases, shapes, dates, firstYear, isNative, holdRow }) {
  const [toolName, label, delim] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${half}|${lang}|${toolName}|${label}|${kase}`));
  const spec = cases[kase](m);
  const shapeName = m.pick(Object.keys(shapes));
  const style = dates[m.int(0, dates.length - 1)];
  const pad = (n) => String(n).padStart(2, "0");
  const date = () => style(pad(m.int(1, 28)), pad(m.int(1, 12)), m.int(firstYear, 2024), `${pad(m.int(0, 23))}:${pad(m.int(0, 59))}`);
  const rows = caseEntries(m, b, filler, spec, isNative).map((e, i) => shapes[shapeName].row(m, e, i, date, delim === ";"));
  const kept = rows.map((r) => holdRow(codec, r)).filter((r) => r !== null);
  if (!kept.flat().some(nonAscii)) return null;
  const { text, bytes } = toolBytes(tool, codec, shapes[shapeName].header, kept);
  return caseFileRecord({ lang, half, tool, kase, uni, shapeName, text, bytes, made: rows.length, kept: kept.length });
}

/**
 * The `npm run corpus` section of a set whose entries are split by language (encgeo, encstamp, encconf): `setRunner` with
 * caseSummary's table and the rows dropped because their page could not hold them; `loadEntries(dir)` gives the entries,
 * `generate({ entries, seed, halves })` the files; fewer than 10 languages means the sources are not there.
 */
export function languageSetRunner({ name, seed, root, defaultDir, cases, loadEntries, generate }) {
  const summary = caseSummary(cases, (results) => {
    const dropped = results.reduce((s, r) => s + r.dropped, 0);
    return `Rows dropped because the file's page cannot hold them: ${dropped} of ${dropped + results.reduce((s, r) => s + r.rows, 0)}.`;
  });
  const loadSources = (dir) => {
    const entries = loadEntries(dir);
    return Object.assign([...new Set(entries.map((e) => e.lang))].map((lang) => ({ lang })), { entries });
  };
  return setRunner({ name, seed, root, defaultDir, loadSources, generate: ({ sources, seed: s, halves }) => generate({ entries: sources.entries, seed: s, halves }), unknown: new Set(), summary });
}
