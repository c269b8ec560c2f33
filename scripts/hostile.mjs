#!/usr/bin/env node
// Hostile inputs at full size against the built CLI: prints input, wall time, peak RSS, exit code and defects per case.
//
//   npm run build && node scripts/hostile.mjs            # full size: 1 GiB line, 1 GiB quote, 1M columns, ~10 GiB gzip bomb …
//   node scripts/hostile.mjs --mb 128 --heap 96          # smaller inputs, with V8's heap capped (as test/hardening does)
//   node scripts/hostile.mjs --only one-line,gzip-bomb   # some cases
//
// Inputs are generated as a stream into a temporary folder (deleted afterwards, never committed). Peak RSS comes from
// /usr/bin/time -f %M when present, else from polling /proc/<pid>/status VmHWM. The test suite imports CASES and runCase.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "dist/bin/ingest-check.js");
const MiB = 1024 * 1024;
const fieldMb = (mb) => Math.max(20, Math.ceil((mb * 100) / 1024));

async function writeAll(w, head, piece, count, tail = "") {
  const put = async (b) => { if (!w.write(b)) await once(w, "drain"); };
  await put(head);
  for (let i = 0; i < count; i++) await put(piece);
  await put(tail);
  w.end();
}

async function toFile(path, head, piece, count, tail, gzip = false) {
  const out = createWriteStream(path);
  const closed = once(out, "close");
  if (gzip) {
    const gz = createGzip({ level: 9 });
    gz.pipe(out);
    await writeAll(gz, head, piece, count, tail);
  } else {
    await writeAll(out, head, piece, count, tail);
  }
  await closed;
}

/**
 * The hostile inputs. `mb` scales them (1024 = the full 1 GiB). Each case says what it writes and what the run
 * must end in: an exit code and the defect codes that must appear.
 */
export const CASES = [
  {
    name: "one-line",
    what: (mb) => `${mb} MiB line without a line break, between two good records`,
    make: (p, mb) => toFile(p, "id,name\n1,a\n2,", Buffer.alloc(MiB, "x"), mb, "\n3,c\n"),
    expect: { code: 1, codes: ["row-too-large"], rows: 3 },
  },
  {
    name: "quote-at-0",
    what: (mb) => `a quote opened at byte 0 of ${mb} MiB, never closed`,
    make: (p, mb) => toFile(p, '"', Buffer.from("abc,def\n".repeat(MiB / 8)), mb, ""),
    expect: { code: 1, codes: ["row-too-large", "quote-unclosed"] },
  },
  {
    name: "million-columns",
    what: () => "a header of 1,000,000 columns and 2 rows as wide (~11 MiB)",
    make: (p) => {
      const n = 1_000_000;
      const head = Array.from({ length: n }, (_, i) => `c${i}`).join(",") + "\n";
      const row = Array.from({ length: n }, (_, i) => String(i % 10)).join(",") + "\n";
      return toFile(p, head, Buffer.from(row), 2, "");
    },
    expect: { code: 1, codes: ["row-too-large", "row-extra-cells"], rows: 2 },
  },
  {
    name: "big-field",
    // 100 MiB at full scale; never under 20 MiB, so it is always past the 16 MiB record limit
    what: (mb) => `a quoted field of ${fieldMb(mb)} MiB`,
    make: (p, mb) => toFile(p, 'a,b\n1,"', Buffer.alloc(MiB, "y"), fieldMb(mb), '"\n2,3\n'),
    expect: { code: 1, codes: ["row-too-large"], rows: 2 },
  },
  {
    name: "doubled-quotes",
    what: (mb) => `a quoted field of ${Math.ceil(mb / 10)} MiB of "" pairs`,
    make: (p, mb) => toFile(p, 'a,b\n1,"', Buffer.from('""'.repeat(MiB / 2)), Math.ceil(mb / 10), '"\n2,3\n'),
    // up to 16 MiB of text the field is read and valid; past it, the record is skipped
    expect: (mb) => (Math.ceil(mb / 10) < 16 ? { code: 0, codes: [], rows: 2 } : { code: 1, codes: ["row-too-large"], rows: 2 }),
  },
  {
    name: "gzip-bomb",
    what: (mb) => `a .gz expanding to ${mb * 10} MiB of one repeated byte (~1030:1)`,
    ext: "csv.gz",
    make: (p, mb) => toFile(p, "a\n", Buffer.alloc(MiB, "0"), mb * 10, "\n", true),
    expect: { code: 1, codes: ["decompression-limit"], maxBytes: 256 * MiB },
  },
];

/** Runs the CLI on one generated input; returns the row of the table and whether the expectation held. */
export async function runCase(c, { mb, heapMb = null, dir } = {}) {
  const path = join(dir, `${c.name}.${c.ext ?? "csv"}`);
  await c.make(path, mb);
  const inputBytes = statSync(path).size;
  const nodeArgs = [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), BIN, path, "-q", "-f", "json", "--max-defects", "20"];
  const rssFile = join(dir, `${c.name}.rss`);
  const useTime = existsSync("/usr/bin/time");
  const t0 = performance.now();
  const child = useTime
    ? spawn("/usr/bin/time", ["-f", "%M", "-o", rssFile, process.execPath, ...nodeArgs], { stdio: ["ignore", "pipe", "pipe"] })
    : spawn(process.execPath, nodeArgs, { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s) => { stdout += s; });
  child.stderr.setEncoding("utf8").on("data", (s) => { stderr += s; });
  let hwm = null;
  const poll = useTime ? null : setInterval(() => {
    try { const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8")); if (m) hwm = Math.max(hwm ?? 0, Number(m[1])); } catch { /* exited */ }
  }, 20);
  const [code, signal] = await once(child, "close");
  const wallMs = performance.now() - t0;
  if (poll) clearInterval(poll);
  let peakRssKb = hwm;
  if (useTime && existsSync(rssFile)) {
    const lines = readFileSync(rssFile, "utf8").trim().split("\n");
    peakRssKb = Number(lines[lines.length - 1]) || null;
  }
  rmSync(path, { force: true });
  let report = null;
  try { report = JSON.parse(stdout); } catch { /* a crash prints no report */ }
  const f = report?.files?.[0];
  const expect = typeof c.expect === "function" ? c.expect(mb) : c.expect;
  const problems = [];
  if (signal) problems.push(`killed by ${signal}`);
  if (code !== expect.code) problems.push(`exit ${code}, expected ${expect.code}`);
  if (!f) problems.push("no report");
  else {
    for (const k of expect.codes) if (!f.byCode[k]) problems.push(`no ${k}`);
    if (f.rows.total !== f.rows.valid + f.rows.invalid) problems.push("rows do not add up");
    if (expect.rows !== undefined && f.rows.total !== expect.rows) problems.push(`rows ${f.rows.total}, expected ${expect.rows}`);
    if (expect.maxBytes !== undefined && f.bytes > expect.maxBytes) problems.push(`read ${f.bytes} bytes`);
  }
  if (/\n\s+at /.test(stderr)) problems.push("stack trace on stderr");
  return {
    name: c.name, what: c.what(mb), inputBytes, wallMs, peakRssKb, code, signal,
    defects: f ? Object.entries(f.byCode).map(([k, v]) => `${k}×${v}`).join(" ") : "(none)",
    rows: f ? f.rows : null, bytesRead: f?.bytes ?? null, problems, stderr,
  };
}

function fmt(rows) {
  const head = ["case", "input", "size", "wall", "peak RSS", "exit", "defects", "ok"];
  const lines = rows.map((r) => [r.name, r.what, `${(r.inputBytes / MiB).toFixed(1)} MiB`, `${(r.wallMs / 1000).toFixed(1)} s`,
    r.peakRssKb === null ? "?" : `${(r.peakRssKb / 1024).toFixed(0)} MiB`, String(r.code ?? r.signal), r.defects, r.problems.length ? `NO: ${r.problems.join("; ")}` : "yes"]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (l) => "| " + l.map((x, i) => x.padEnd(w[i])).join(" | ") + " |";
  return [row(head), row(w.map((n) => "-".repeat(n))), ...lines.map(row)].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
  const mb = Number(arg("--mb", "1024"));
  const heapMb = arg("--heap", null);
  const only = arg("--only", null)?.split(",");
  if (!existsSync(BIN)) { console.error(`${BIN} is missing: run npm run build first`); process.exit(2); }
  const dir = mkdtempSync(join(tmpdir(), "ic-hostile-"));
  const rows = [];
  try {
    for (const c of CASES) {
      if (only && !only.includes(c.name)) continue;
      process.stderr.write(`${c.name}: generating and running…\n`);
      rows.push(await runCase(c, { mb, heapMb: heapMb ? Number(heapMb) : null, dir }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`node ${process.version}, ${heapMb ? `heap capped at ${heapMb} MB` : "default heap"}, scale ${mb} MiB\n`);
  console.log(fmt(rows));
  process.exit(rows.some((r) => r.problems.length) ? 1 : 0);
}
