// Scores encoding detection on the self-made test set (scripts/corpus/encset/build.mjs) by decode-equivalence, per family and difficulty, beside chardet, jschardet and uchardet.
// Usage: node scripts/corpus/encset.mjs [--small] [--dist DIR] [--seed N]   (DIR: a build's dist/ folder; also $ENCSET_DIST;
// N: another seed than the tuned set's 13, for a fresh set nobody tuned on)
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Readable } from "node:stream";
import { execFileSync } from "node:child_process";
import iconv from "iconv-lite";
import chardet from "chardet";
import jschardet from "jschardet";
import { generateSet, labelCodec, mixedFile } from "./encset/build.mjs";
import { mdTable, pct } from "./lib.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A detector's answer (any spelling) → the iconv-lite codec that decodes as it would, or null when iconv-lite has none. */
export function answerCodec(name) {
  if (!name) return null;
  const n = name.toLowerCase().replace(/_/g, "-");
  const alias = {
    // why: WHATWG's (and Windows') shift_jis is cp932 and euc-kr is cp949; the peers' gb2312 is read as gbk by everyone
    "shift-jis": "cp932", "euc-kr": "cp949", uhc: "cp949", gb2312: "gbk", "x-mac-cyrillic": "maccyrillic", "mac-cyrillic": "maccyrillic",
    "mac-centraleurope": "maccenteuro", "tis-620": "tis620", "utf-16": "utf-16", ibm855: "cp855", ibm866: "cp866", "iso-8859-8-i": "iso-8859-8",
  }[n] ?? n;
  return iconv.encodingExists(alias) ? alias : null;
}

function decodeWith(buf, codec) {
  if (codec === null) return null;
  try {
    return iconv.decode(buf, codec, { stripBOM: true });
  } catch {
    return null;
  }
}

/** Right when the answer decodes the file to the same text as its label. */
function decodesRight(file, truth, answer) {
  const got = decodeWith(file.bytes, answerCodec(answer));
  return got !== null && got === truth;
}

/** uchardet's answers for every file (one process for all), or null when the uchardet command is absent. */
function uchardetAnswers(files) {
  let dir;
  try {
    execFileSync("uchardet", ["--version"], { stdio: "ignore" });
  } catch {
    return null;
  }
  try {
    dir = mkdtempSync(join(tmpdir(), "encset-"));
    const paths = files.map((f, i) => {
      const p = join(dir, `${i}.csv`);
      writeFileSync(p, f.bytes);
      return p;
    });
    const answers = [];
    // why batches: one process for a few hundred files, within the argument-length limit
    for (let i = 0; i < paths.length; i += 200) {
      const out = execFileSync("uchardet", paths.slice(i, i + 200), { encoding: "utf8", maxBuffer: 1 << 24 });
      for (const line of out.trim().split("\n")) answers.push(line.slice(line.lastIndexOf(": ") + 2).trim());
    }
    return answers;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function ourDetector(distDir) {
  const { sniffEncoding } = await import(pathToFileURL(join(distDir, "src", "encoding", "index.js")).href);
  return async (bytes) => {
    const chunks = [];
    for (let i = 0; i < bytes.length; i += 65536) chunks.push(bytes.subarray(i, i + 65536));
    const t0 = performance.now();
    const { decision } = await sniffEncoding(Readable.from(chunks, { objectMode: true }));
    return { name: decision.name, uncertain: decision.uncertain, confidence: decision.confidence, rival: decision.alternative ?? null, rivals: decision.alternatives ?? (decision.alternative ? [decision.alternative] : []), ms: performance.now() - t0 };
  };
}

/** Scores every file: ours (with its uncertain flag) and each peer. `peers` false skips the peers (the test suite). */
export async function scoreSet(files, { distDir = join(root, "dist"), detect = null, peers = true } = {}) {
  const ours = detect ?? (await ourDetector(distDir));
  const uch = peers ? uchardetAnswers(files) : null;
  const results = [];
  for (const [i, f] of files.entries()) {
    const truth = iconv.decode(f.bytes, labelCodec(f.encoding), { stripBOM: true });
    const d = await ours(f.bytes);
    const r = { ...f, bytes: undefined, size: f.bytes.length, answer: d.name, confidence: d.confidence, uncertain: d.uncertain, rival: d.rival ?? null, rivals: d.rivals ?? (d.rival ? [d.rival] : []), ms: d.ms, right: decodesRight(f, truth, d.name) };
    // why: a warning helps only when the encoding it names is the right one (the option the user is told to try)
    // (any page it names: the warning lists the close readings, closest first)
    r.rivalRight = !r.right && r.uncertain && r.rivals.some((n) => decodesRight(f, truth, n));
    r.firstRivalRight = !r.right && r.uncertain && r.rival !== null && decodesRight(f, truth, r.rival);
    if (peers) {
      // why the first 8 MiB: the same sample our detector may read; jschardet on whole multi-MB files takes seconds
      const head = f.bytes.subarray(0, 8 << 20);
      r.chardet = chardet.detect(head);
      r.jschardet = jschardet.detect(head).encoding;
      r.uchardet = uch ? uch[i] : null;
      for (const p of ["chardet", "jschardet", "uchardet"]) r[`${p}Right`] = r[p] === null ? null : decodesRight(f, truth, r[p]);
    }
    results.push(r);
  }
  return { results, uchardet: uch !== null };
}

function groupRows(results, key, havePeers, haveUch) {
  const groups = [...new Set(results.map((r) => r[key]))];
  const row = (name, rs) => {
    const ok = rs.filter((r) => r.right).length;
    const silent = rs.filter((r) => !r.right && !r.uncertain).length;
    const cells = [name, rs.length, `${ok} (${pct(ok, rs.length)})`, silent, rs.filter((r) => !r.right && r.uncertain).length];
    if (havePeers) for (const p of ["chardet", "jschardet", "uchardet"]) cells.push(p === "uchardet" && !haveUch ? "–" : pct(rs.filter((r) => r[`${p}Right`]).length, rs.length));
    return cells;
  };
  return [...groups.map((g) => row(g, results.filter((r) => r[key] === g))), row("**all**", results)];
}

/** Numbers for the corpus result file: accuracy, silent misreads, per family and per difficulty, and the peers. */
export function numbersOf(results, havePeers) {
  const acc = (rs, k = "right") => (rs.length ? rs.filter((r) => r[k]).length / rs.length : 0);
  const by = (key) => Object.fromEntries([...new Set(results.map((r) => r[key]))].map((g) => [g, acc(results.filter((r) => r[key] === g))]));
  const n = {
    files: results.length,
    correct: results.filter((r) => r.right).length,
    accuracy: acc(results),
    silentMisreads: results.filter((r) => !r.right && !r.uncertain).length,
    warnedMisreads: results.filter((r) => !r.right && r.uncertain).length,
    falseWarnings: results.filter((r) => r.right && r.uncertain).length,
    byFamily: by("family"),
    byDifficulty: by("difficulty"),
    wrong: results.filter((r) => !r.right).map((r) => ({ path: r.path, answer: r.answer, uncertain: r.uncertain })),
  };
  if (havePeers) n.peers = Object.fromEntries(["chardet", "jschardet", "uchardet"].map((p) => [p, acc(results, `${p}Right`)]));
  return n;
}

/** The markdown report: per family, per difficulty, per encoding, and our wrong answers. */
export function tableOf(results, { peers = true, uchardet = true } = {}) {
  const head = ["", "files", "ours right", "silent wrong", "warned wrong", ...(peers ? ["chardet", "jschardet", "uchardet"] : [])];
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const wrong = results.filter((r) => !r.right);
  const falseWarn = results.filter((r) => r.right && r.uncertain);
  return [
    "Per family:", "", mdTable(["family", ...head.slice(1)], groupRows(results, "family", peers, uchardet)), "",
    "Per difficulty:", "", mdTable(["difficulty", ...head.slice(1)], groupRows(results, "difficulty", peers, uchardet)), "",
    "Per encoding:", "", mdTable(["encoding", ...head.slice(1)], groupRows(results, "encoding", peers, uchardet)), "",
    `- encoding-uncertain on right answers: ${falseWarn.length}/${results.length - wrong.length}.${peers && !uchardet ? " uchardet: not installed (apt-get install uchardet), its column is empty." : ""}`,
    `- Our time per detection: p50 ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, p90 ${ms[Math.floor(ms.length * 0.9)].toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms.`,
    "", `Our wrong answers (${wrong.length}):`, "",
    mdTable(["file", "answer", "confidence", "warned"], wrong.map((r) => [r.path, r.answer, r.confidence, r.uncertain ? "yes" : "**no**"])),
  ].join("\n");
}

/**
 * UTF-8 exports with a legacy tail, one per encoding below, read by `check` (the library's): how many of
 * their non-UTF-8 rows it flags with encoding-error, and how many clean rows.
 */
export const MIXED_CASES = [["windows-1252", "da"], ["windows-1250", "pl"], ["windows-1251", "ru"], ["iso-8859-7", "el"], ["windows-1254", "tr"], ["windows-1255", "he"],
  ["windows-1256", "ar"], ["windows-1257", "lt"], ["windows-874", "th"], ["shift_jis", "ja"], ["gbk", "zh_CN"], ["big5", "zh_TW"], ["euc-kr", "ko"]];

export async function scoreMixed(check) {
  const dir = mkdtempSync(join(tmpdir(), "encset-mixed-"));
  const out = { files: 0, perfect: 0, badRows: 0, flaggedBad: 0, flaggedClean: 0, imperfect: [] };
  try {
    for (const [label, lang] of MIXED_CASES) {
      const { bytes, badRows } = mixedFile({ label, lang });
      const path = join(dir, `utf8-then-${label}.csv`);
      writeFileSync(path, bytes);
      const f = (await check([path], { jobs: 1, maxDefects: 100_000 })).files[0];
      const flagged = new Set(f.defects.filter((d) => d.code === "encoding-error").map((d) => d.row));
      const hit = badRows.filter((r) => flagged.has(r)).length;
      const clean = [...flagged].filter((r) => !badRows.includes(r)).length;
      out.files++;
      out.badRows += badRows.length;
      out.flaggedBad += hit;
      out.flaggedClean += clean;
      if (hit === badRows.length && clean === 0 && f.encoding?.name === "utf-8") out.perfect++;
      else out.imperfect.push(`${label} (read as ${f.encoding?.name}, ${hit}/${badRows.length} flagged, ${clean} clean rows flagged)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The `npm run corpus` section: generates the full set in memory (it needs no corpus folder) and scores it. */
export async function run({ distDir = process.env.ENCSET_DIST ? resolve(process.env.ENCSET_DIST) : join(root, "dist"), scale = "full", peers = true, seed = undefined } = {}) {
  const files = generateSet(seed === undefined ? { scale } : { scale, seed });
  const { results, uchardet } = await scoreSet(files, { distDir, peers });
  const mixed = await scoreMixed((await import(pathToFileURL(join(distDir, "src", "index.js")).href)).check);
  const mixedLine = `- UTF-8 exports with a legacy tail (${mixed.files}, through the whole pipeline): ${mixed.perfect} perfect; non-UTF-8 rows flagged ${mixed.flaggedBad}/${mixed.badRows}, clean rows flagged ${mixed.flaggedClean}${mixed.imperfect.length ? `; not perfect: ${mixed.imperfect.join(", ")}` : ""}.`;
  return { table: `${tableOf(results, { peers, uchardet })}\n\n${mixedLine}`, numbers: { ...numbersOf(results, peers), mixed }, results };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const a = process.argv.slice(2);
  const i = a.indexOf("--dist");
  const distDir = i >= 0 ? resolve(a[i + 1]) : undefined;
  const s = a.indexOf("--seed");
  const seed = s >= 0 ? Number(a[s + 1]) : undefined;
  const { table, results } = await run({ distDir, scale: a.includes("--small") ? "small" : "full", peers: !a.includes("--no-peers"), seed });
  console.log(table);
  const j = a.indexOf("--json");
  if (j >= 0) {
    mkdirSync(dirname(resolve(a[j + 1])), { recursive: true });
    writeFileSync(resolve(a[j + 1]), JSON.stringify(results, null, 1));
  }
}
