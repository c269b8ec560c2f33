// Measures encoding detection (the built dist/src/encoding) on the labelled corpus by decode-equivalence; prints a markdown table.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Readable } from "node:stream";
import iconv from "iconv-lite";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const DEFAULT_CORPUS = process.env.INGEST_CHECK_CORPUS ?? new URL("../../../shared/corpus", import.meta.url).pathname;

/** Label (as in labels.tsv) → iconv-lite name used to decode the reference text. */
function labelCodec(label) {
  if (label === "utf-8-sig") return "utf-8";
  if (label === "ascii") return "utf-8";
  if (label === "gb2312") return "gbk";
  return label;
}

/** Our WHATWG answer → the iconv-lite codec that decodes the same way. */
function answerCodec(name) {
  // why: WHATWG's shift_jis is windows-31j (cp932) and its euc-kr is windows-949 (cp949).
  if (name === "shift_jis") return "cp932";
  if (name === "euc-kr") return "cp949";
  return name;
}

function decodeAll(buf, codec) {
  try {
    return iconv.decode(buf, codec, { stripBOM: true });
  } catch {
    return null;
  }
}

/** Blanks in-band charset declarations (HTML/XML) so the detector cannot read them; same length, ASCII only. */
function maskDeclarations(buf) {
  const s = buf.toString("latin1");
  const masked = s
    .replace(/(charset\s*=\s*["']?)([A-Za-z0-9_:.\-]+)/gi, (_, a, v) => a + " ".repeat(v.length))
    .replace(/(encoding\s*=\s*["'])([A-Za-z0-9_:.\-]+)/gi, (_, a, v) => a + " ".repeat(v.length));
  return masked === s ? buf : Buffer.from(masked, "latin1");
}

function pct(n, d) {
  return d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`;
}

/**
 * Runs detection over the corpus. `corpusDir` is the shared corpus root or its encoding/ folder.
 * `distDir`/`moduleExt` pick the implementation: the build by default; tests pass src/encoding and ".ts" under tsx.
 */
export async function run({ corpusDir = DEFAULT_CORPUS, distDir = join(root, "dist/src/encoding"), moduleExt = ".js" } = {}) {
  const dir = existsSync(join(corpusDir, "labels.tsv")) ? corpusDir : join(corpusDir, "encoding");
  const { sniffEncoding } = await import(pathToFileURL(join(distDir, "index" + moduleExt)).href);
  const rows = readFileSync(join(dir, "labels.tsv"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t"));

  const results = [];
  for (const [path, label] of rows) {
    const original = readFileSync(join(dir, path));
    const buf = path.startsWith("ext/") ? maskDeclarations(original) : original;
    const t0 = performance.now();
    // Feed it as a file would arrive: 64 KiB chunks.
    const chunks = [];
    for (let i = 0; i < buf.length; i += 65536) chunks.push(buf.subarray(i, i + 65536));
    const res = await sniffEncoding(Readable.from(chunks, { objectMode: true }));
    const ms = performance.now() - t0;
    let candidates = null;
    if (process.env.ENCODING_DEBUG && res.decision.how === "detected") {
      const { detectSample } = await import(pathToFileURL(join(distDir, "detect" + moduleExt)).href);
      candidates = (await detectSample(buf.subarray(0, 8 << 20), buf.length <= 8 << 20)).candidates ?? null;
    }
    const d = res.decision;
    const special = label.startsWith("x-");
    let correct;
    if (special) correct = d.name === "utf-8";
    else {
      const want = decodeAll(original, labelCodec(label));
      const got = decodeAll(original, answerCodec(d.name));
      correct = want !== null && got === want;
    }
    results.push({ path, label, answer: d.name, how: d.how, confidence: d.confidence, uncertain: d.uncertain, binary: res.binary, candidates, correct, special, ms, synthetic: path.startsWith("synthetic/") });
  }

  const clean = results.filter((r) => !r.special);
  const ok = (rs) => rs.filter((r) => r.correct).length;
  const synth = clean.filter((r) => r.synthetic);
  const ext = clean.filter((r) => !r.synthetic);
  const special = results.filter((r) => r.special);
  const falseWarn = clean.filter((r) => r.correct && r.uncertain);
  const wrongUnflagged = clean.filter((r) => !r.correct && !r.uncertain);
  const binaryHits = results.filter((r) => r.binary !== null);

  const labels = [...new Set(clean.map((r) => r.label))];
  const lines = [];
  lines.push("| label | files | correct | accuracy |", "|---|---:|---:|---:|");
  for (const l of labels) {
    const rs = clean.filter((r) => r.label === l);
    lines.push(`| ${l} | ${rs.length} | ${ok(rs)} | ${pct(ok(rs), rs.length)} |`);
  }
  lines.push(`| **all clean files** | ${clean.length} | ${ok(clean)} | **${pct(ok(clean), clean.length)}** |`);
  lines.push(`| third-party files | ${ext.length} | ${ok(ext)} | ${pct(ok(ext), ext.length)} |`);
  lines.push(`| synthetic CSV files | ${synth.length} | ${ok(synth)} | ${pct(ok(synth), synth.length)} |`);
  lines.push("");
  lines.push(`- Warnings (\`uncertain\`) on correct answers: ${falseWarn.length}/${ok(clean)} (${pct(falseWarn.length, ok(clean))}); wrong answers not flagged: ${wrongUnflagged.length}/${clean.length - ok(clean)}.`);
  lines.push(`- Files called binary: ${binaryHits.length}${binaryHits.length ? " (" + binaryHits.map((r) => r.path).join(", ") + ")" : ""}.`);
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  lines.push(`- Time per detection (incl. first jschardet load): mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(1)} ms, p50 ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, max ${ms[ms.length - 1].toFixed(1)} ms.`);
  lines.push("");
  lines.push("Invalid or mixed UTF-8 files (desired answer: utf-8):", "", "| file | answer | confidence | uncertain | utf-8? |", "|---|---|---:|---|---|");
  for (const r of special) lines.push(`| ${r.path} | ${r.answer} | ${r.confidence} | ${r.uncertain} | ${r.correct ? "yes" : "**no**"} |`);
  lines.push("");
  const wrong = clean.filter((r) => !r.correct);
  lines.push(`Wrong answers (${wrong.length}):`, "", "| file | label | answer | how | confidence | uncertain |", "|---|---|---|---|---:|---|");
  for (const r of wrong) lines.push(`| ${r.path} | ${r.label} | ${r.answer} | ${r.how} | ${r.confidence} | ${r.uncertain} |`);
  if (process.env.ENCODING_DEBUG) {
    lines.push("", "Candidates (name plausibility/jschardet):");
    for (const r of results.filter((x) => x.candidates && (!x.correct || x.uncertain)))
      lines.push(`- ${r.correct ? "ok " : "BAD"} ${r.path} [${r.label}] → ${r.answer} ${r.confidence}: ${r.candidates.map((c) => `${c.name} ${c.score.toFixed(2)}/${c.js.toFixed(3)}`).join(", ")}`);
  }

  const numbers = {
    files: results.length,
    clean: clean.length,
    correct: ok(clean),
    accuracy: ok(clean) / clean.length,
    syntheticAccuracy: ok(synth) / synth.length,
    thirdPartyAccuracy: ok(ext) / ext.length,
    specialFiles: special.length,
    specialUtf8: ok(special),
    falseWarnings: falseWarn.length,
    falseWarningRate: falseWarn.length / Math.max(1, ok(clean)),
    binary: binaryHits.length,
    wrong: wrong.map((r) => ({ path: r.path, label: r.label, answer: r.answer })),
  };
  return { table: lines.join("\n"), numbers };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpusDir = process.argv[2] ?? process.env.INGEST_CHECK_CORPUS ?? DEFAULT_CORPUS;
  const { table } = await run({ corpusDir });
  console.log(table);
}
