// `npm run bench`: generates missing data, times ingest-check and its peers as separate processes, interleaved, and writes bench/data/results/*.json.
//
// Usage: node bench/run.mjs [--quick] [--sizes 100MB,1GB] [--variants clean,dirty,latin1] [--big-variants clean,dirty] [--runs N]
//                           [--big-runs N] [--only a,b] [--skip a,b] [--all] [--no-startup] [--no-jobs]
//                           [--budget-min 14]
// See bench/README.md for what each contender is and how to read the numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, parseSize, defaultName } from './gen.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const DATA = path.join(BENCH, 'data');
const RESULTS = path.join(DATA, 'results');
const TMP = path.join(DATA, 'tmp');
const CLI = path.join(ROOT, 'dist', 'bin', 'ingest-check.js');
const SCHEMA = path.join(BENCH, 'schema.json');
const SCHEMA_UNIQUE = path.join(BENCH, 'schema-unique.json');
const TIME = '/usr/bin/time';
const BIG = 1e9; // files from this size on get the "big file" plan (fewer runs, no warm-up)
const RSS_GOAL_MB = 120;

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = { quick: false, all: false, startup: true, jobs: true, only: null, skip: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => argv[++i];
    if (a === '--quick') o.quick = true;
    else if (a === '--sizes') o.sizes = v().split(',');
    else if (a === '--variants') o.variants = v().split(',');
    else if (a === '--big-variants') o.bigVariants = v().split(',');
    else if (a === '--runs') o.runs = Number(v());
    else if (a === '--big-runs') o.bigRuns = Number(v());
    else if (a === '--only') o.only = v().split(',');
    else if (a === '--skip') o.skip = v().split(',');
    else if (a === '--all') o.all = true;
    else if (a === '--no-startup') o.startup = false;
    else if (a === '--no-jobs') o.jobs = false;
    else if (a === '--budget-min') o.budgetMin = Number(v());
    else if (a === '-h' || a === '--help') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 6).join('\n').replaceAll('// ', ''));
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (see --help)`);
  }
  o.sizes ??= o.quick ? ['20MB'] : ['100MB', '1GB'];
  o.variants ??= ['clean', 'dirty', 'latin1'];
  // why dirty at 1 GB too: a file with many defects is where the split once lost to one thread (issue 16)
  o.bigVariants ??= ['clean', 'dirty'];
  o.runs ??= o.quick ? 2 : 3;
  o.bigRuns ??= 2;
  o.budgetMin ??= o.quick ? 8 : 20;
  return o;
}
const opt = parseArgs(process.argv.slice(2));
const T0 = performance.now();
const elapsedS = () => (performance.now() - T0) / 1000;
const log = (...a) => console.error(`[${elapsedS().toFixed(0).padStart(4)} s]`, ...a);

// ---------------------------------------------------------------- environment

const which = (cmd) => {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};
const firstLine = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).split('\n')[0].trim() : null;
};
const pkgVersion = (name) => {
  try { return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version; } catch { return null; }
};
const haveTime = fs.existsSync(TIME);
const havePython = which('python3');
const haveCsvclean = which('csvclean');
const haveCli = fs.existsSync(CLI);
let haveDuck = true, duckError = null;
try { await import('@duckdb/node-api'); } catch (e) { haveDuck = false; duckError = e.message.split('\n')[0]; }

const notes = [];
if (!haveTime) notes.push(`${TIME} is absent (apt-get install -y time): peak RSS comes from polling /proc/<pid>/status VmHWM every 10 ms, which can miss short peaks.`);
if (!haveCli) notes.push(`ingest-check skipped: ${path.relative(ROOT, CLI)} is absent (run \`npm run build\` first).`);
if (!havePython) notes.push('python-csv skipped: python3 is not on PATH.');
if (!haveCsvclean) notes.push('csvclean skipped: not on PATH (Debian: apt-get install -y csvkit).');
if (!haveDuck) notes.push(`duckdb skipped: @duckdb/node-api does not load: ${duckError}`);
// why: Node reads that file's certificates before any script runs, in `node -e 0` as in every Node contender, so the
// start-up row's wall times hold it (README, "Start-up, fifth step": a 220 KB system bundle, ~416 M instructions)
if (process.env.NODE_EXTRA_CA_CERTS) notes.push(`NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): every Node start parses those certificates first, node -e 0 included; start-up times hold that cost.`);

const env = {
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? null,
  memGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  kernel: os.release(),
  versions: {
    'ingest-check': haveCli ? JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version : null,
    'ingest-check dist mtime': haveCli ? fs.statSync(CLI).mtime.toISOString() : null,
    'csv-parse': pkgVersion('csv-parse'), papaparse: pkgVersion('papaparse'), zod: pkgVersion('zod'),
    '@duckdb/node-api': pkgVersion('@duckdb/node-api'),
    python3: havePython ? firstLine('python3', ['--version']) : null,
    csvkit: haveCsvclean ? firstLine('dpkg-query', ['-W', '-f', '${Version}', 'csvkit']) ?? 'unknown' : null,
    cat: firstLine('cat', ['--version']),
  },
  rssSource: haveTime ? '/usr/bin/time -f %M' : '/proc VmHWM polling',
};

// ---------------------------------------------------------------- contenders

const peer = (f) => path.join(BENCH, 'peers', f);
const encArgs = (file) => (file.meta.encoding === 'utf-8' ? [] : ['--encoding', 'latin1']);
const lastJsonLine = (out) => JSON.parse(out.trim().split('\n').filter(Boolean).at(-1));
const ingestCounts = (out) => {
  const r = JSON.parse(out);
  return { rows: r.summary.rows, invalid: r.summary.invalidRows, ok: r.ok };
};

/** Every contender: how to run it on one file, and how to read its counts from its standard output. */
const CONTENDERS = [
  { id: 'cat', what: 'cat FILE > /dev/null (physical floor)', cmd: (f) => ['cat', [f.path]], devnull: true },
  {
    id: 'ingest-check', what: 'node dist/bin/ingest-check.js FILE --schema bench/schema.json --format json -q',
    enabled: haveCli, validator: true, okCodes: [0, 1], parse: ingestCounts,
    cmd: (f) => ['node', [CLI, f.path, '--schema', SCHEMA, '--format', 'json', '-q']],
  },
  {
    // why on every file: the default (--jobs = cores) splits a large file across worker threads; this is one
    // thread alone, and the column "× 1 thread" shows the split never loses to it
    id: 'ingest-check-1t', what: 'ingest-check --jobs 1 (one thread: the file is not split across workers)',
    enabled: haveCli, validator: true, okCodes: [0, 1], parse: ingestCounts, noStartup: true,
    cmd: (f) => ['node', [CLI, f.path, '--schema', SCHEMA, '--format', 'json', '-q', '--jobs', '1']],
  },
  {
    // why on every file: with its key, ingest-check does what duckdb-rules does (its like-for-like pair)
    id: 'ingest-check-unique', what: 'ingest-check with schema-unique.json (unique event_id)',
    enabled: haveCli, validator: true, okCodes: [0, 1], parse: ingestCounts, noStartup: true,
    cmd: (f) => ['node', [CLI, f.path, '--schema', SCHEMA_UNIQUE, '--format', 'json', '-q']],
  },
  { id: 'csv-parse', what: 'raw csv-parse, stream API, relax_column_count, count rows', parse: lastJsonLine, cmd: (f) => ['node', [peer('csv-parse-count.mjs'), f.path, ...encArgs(f)]] },
  { id: 'duckdb', what: 'DuckDB read_csv, explicit types, store_rejects, all columns read', enabled: haveDuck, parse: lastJsonLine, cmd: (f) => ['node', [peer('duckdb.mjs'), f.path, ...encArgs(f)]] },
  {
    id: 'duckdb-rules', what: 'DuckDB like for like: the typed read_csv with rejects + schema.json\'s rules as SQL predicates + a duplicate event_id count',
    enabled: haveDuck, parse: lastJsonLine, cmd: (f) => ['node', [peer('duckdb-rules.mjs'), f.path, ...encArgs(f)]],
  },
  { id: 'papaparse', what: 'papaparse, Node stream, step callback, count rows', parse: lastJsonLine, cmd: (f) => ['node', [peer('papaparse.mjs'), f.path, ...encArgs(f)]] },
  // Why not on big files by default: ~70 s per GB per run would eat the 15-minute budget.
  { id: 'naive-zod', what: 'csv-parse columns:true + zod z.object().safeParse per row (naive design)', parse: lastJsonLine, smallOnly: !opt.all, cmd: (f) => ['node', [peer('naive-zod.mjs'), f.path, ...encArgs(f)]] },
  { id: 'python-csv', what: 'python3 csv.reader, count rows', enabled: !!havePython, parse: lastJsonLine, cmd: (f) => ['python3', [peer('python-csv.py'), f.path, ...encArgs(f)]] },
  {
    id: 'csvclean', what: 'csvkit csvclean -n (dry run: reports rows of the wrong length)', enabled: !!haveCsvclean,
    // csvclean prints one "Line N: Expected 12 columns, found 11 columns" per bad row, or "No errors.".
    parse: (out) => ({ rows: null, invalid: out.split('\n').filter((l) => /^Line \d+:/.test(l)).length }),
    cmd: (f) => ['csvclean', ['-n', ...(f.meta.encoding === 'utf-8' ? [] : ['-e', 'latin-1']), f.path]],
  },
];
const selected = (c) => c.enabled !== false && (!opt.only || opt.only.includes(c.id)) && !opt.skip.includes(c.id);

// ---------------------------------------------------------------- measuring one process

let seq = 0;
/** Run one command; wall time from outside (spawn to exit), peak RSS from /usr/bin/time or /proc. */
async function measure(cmd, args, { devnull = false } = {}) {
  fs.mkdirSync(TMP, { recursive: true });
  const id = `${process.pid}-${seq++}`;
  const outPath = devnull ? '/dev/null' : path.join(TMP, `${id}.out`);
  const errPath = path.join(TMP, `${id}.err`);
  const rssPath = path.join(TMP, `${id}.rss`);
  const outFd = fs.openSync(outPath, 'w'), errFd = fs.openSync(errPath, 'w');
  // Why stdout to a file rather than a pipe: no back-pressure from this process, and the
  // contender writes as it would to a redirect.
  // why the CPU too: on a shared machine the wall time follows the load; user + system seconds are steadier
  const [file, argv] = haveTime ? [TIME, ['-f', '%M %U %S', '-o', rssPath, cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const child = spawn(file, argv, { stdio: ['ignore', outFd, errFd], cwd: ROOT });
  let hwm = 0, timer = null;
  if (!haveTime) {
    timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch { /* exited */ }
    }, 10);
  }
  const code = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? 128 + (os.constants.signals[sig] ?? 0))));
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (timer) clearInterval(timer);
  fs.closeSync(outFd); fs.closeSync(errFd);
  let rssKiB = hwm || null, cpuS = null;
  if (haveTime) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the child fails.
    const lines = fs.readFileSync(rssPath, 'utf8').trim().split('\n');
    const [rss, user, sys] = lines.at(-1).split(' ').map(Number);
    rssKiB = rss || null;
    cpuS = Number.isFinite(user + sys) ? user + sys : null;
    fs.rmSync(rssPath, { force: true });
  }
  const stdout = devnull ? '' : fs.readFileSync(outPath, 'utf8');
  const stderr = fs.readFileSync(errPath, 'utf8');
  if (!devnull) fs.rmSync(outPath, { force: true });
  fs.rmSync(errPath, { force: true });
  return { wallS, rssKiB, cpuS, code, stdout, stderr };
}

// ---------------------------------------------------------------- statistics

const median = (xs) => {
  const s = xs.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 3) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

// ---------------------------------------------------------------- data

function ensureFile(variant, size) {
  const p = path.join(DATA, defaultName(variant, size));
  const metaPath = `${p}.meta.json`;
  if (!fs.existsSync(p) || !fs.existsSync(metaPath)) {
    log(`generating ${path.relative(ROOT, p)} …`);
    const t = performance.now();
    generate({ out: p, variant, bytes: parseSize(size), size });
    log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { path: p, name: path.basename(p), variant, size, meta: JSON.parse(fs.readFileSync(metaPath, 'utf8')) };
}

function warmCache(file) {
  spawnSync('sh', ['-c', `cat "$1" > /dev/null`, 'sh', file]);
}

// ---------------------------------------------------------------- one file: interleaved rounds

const budgetS = opt.budgetMin * 60;
const overBudget = (nextS) => elapsedS() + nextS > budgetS;

async function benchFile(file, { runs, warmups, contenders, deadlineS = Infinity }) {
  log(`${file.name}: ${(file.meta.bytes / 1e6).toFixed(1)} MB, ${file.meta.rows} rows, ${warmups} warm-up + ${runs} runs of ${contenders.map((c) => c.id).join(', ')}`);
  warmCache(file.path);
  const load = [os.loadavg()[0]];
  const res = new Map(contenders.map((c) => [c.id, { runs: [], errors: [], dropped: false }]));
  let lastRoundS = 0, truncated = false;
  for (let r = 0; r < warmups + runs; r++) {
    const counted = r >= warmups;
    // Keep at least one counted round, then stop when the next round would pass the budget.
    if (r > warmups && (overBudget(lastRoundS) || elapsedS() + lastRoundS > deadlineS)) {
      truncated = true;
      log(`  budget: stopping after ${r - warmups} counted runs (this file's share ends at ${deadlineS.toFixed(0)} s)`);
      break;
    }
    const t = performance.now();
    for (const c of contenders) {
      const st = res.get(c.id);
      if (st.dropped) continue;
      const [cmd, args] = c.cmd(file);
      const m = await measure(cmd, args, { devnull: c.devnull });
      const okCodes = c.okCodes ?? [0];
      let counts = {};
      let error = null;
      if (!okCodes.includes(m.code)) error = `exit ${m.code}: ${m.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 400)}`;
      else if (c.parse) {
        try { counts = c.parse(m.stdout); } catch (e) { error = `could not read its output (${e.message.slice(0, 100)}): ${m.stdout.slice(0, 200)}`; }
      }
      if (error) {
        // Why drop it: a contender that fails once will fail again; don't spend the budget on it.
        st.errors.push(error); st.dropped = true;
        log(`  ${c.id}: ERROR ${error}`);
        continue;
      }
      if (counted) st.runs.push({ round: r - warmups, wallS: round(m.wallS, 4), cpuS: m.cpuS, rssKiB: m.rssKiB, code: m.code, ...counts });
      log(`  ${counted ? 'run ' + (r - warmups + 1) : 'warm-up'} ${c.id.padEnd(20)} ${m.wallS.toFixed(3).padStart(8)} s ${String(Math.round((m.rssKiB ?? 0) / 1024)).padStart(5)} MiB${counts.rows != null ? ' rows ' + counts.rows : ''}${counts.invalid != null ? ' invalid ' + counts.invalid : ''}`);
    }
    lastRoundS = (performance.now() - t) / 1000;
  }
  load.push(os.loadavg()[0]);
  return summarise(file, contenders, res, { runs, warmups, truncated, loadavg1: load });
}

function summarise(file, contenders, res, info) {
  // Ratios are paired: within each round (the contenders ran back to back), then the median.
  const byRound = (id) => new Map(res.get(id)?.runs.map((r) => [r.round, r.wallS]) ?? []);
  const refs = { cat: byRound('cat'), 'csv-parse': byRound('csv-parse'), duckdb: byRound('duckdb'), 'duckdb-rules': byRound('duckdb-rules'), '1t': byRound('ingest-check-1t') };
  const paired = (runs, ref) => median(runs.map((r) => (ref.has(r.round) ? r.wallS / ref.get(r.round) : null)));
  const oneThreadCpu = new Map(res.get('ingest-check-1t')?.runs.map((r) => [r.round, r.cpuS]) ?? []);
  const rows = [];
  for (const c of contenders) {
    const st = res.get(c.id);
    const times = st.runs.map((r) => r.wallS);
    const med = median(times);
    const rowsSeen = [...new Set(st.runs.map((r) => r.rows).filter((x) => x != null))];
    const invalidSeen = [...new Set(st.runs.map((r) => r.invalid).filter((x) => x != null))];
    const checks = [];
    if (rowsSeen.length > 1) checks.push(`row count varies between runs: ${rowsSeen.join(', ')}`);
    if (rowsSeen.length && rowsSeen[0] !== file.meta.rows) checks.push(`WRONG ROW COUNT: ${rowsSeen[0]} ≠ ${file.meta.rows}`);
    if (c.validator && invalidSeen.length && invalidSeen[0] !== file.meta.damagedRows) {
      checks.push(`invalid rows ${invalidSeen[0]} ≠ ${file.meta.damagedRows} damaged`);
    }
    rows.push({
      contender: c.id,
      what: c.what,
      runs: st.runs,
      errors: st.errors,
      medianS: round(med, 4),
      minS: round(times.length ? Math.min(...times) : null, 4),
      maxS: round(times.length ? Math.max(...times) : null, 4),
      mbPerS: med ? round(file.meta.bytes / 1e6 / med, 1) : null,
      xCat: round(paired(st.runs, refs.cat), 2),
      xCsvParse: round(paired(st.runs, refs['csv-parse']), 3),
      xDuckdb: round(paired(st.runs, refs.duckdb), 3),
      xDuckdbRules: round(paired(st.runs, refs['duckdb-rules']), 3),
      xOneThread: c.id === 'ingest-check-1t' ? null : round(paired(st.runs, refs['1t']), 3),
      medianCpuS: round(median(st.runs.map((r) => r.cpuS)), 3),
      xOneThreadCpu: c.id === 'ingest-check-1t' ? null : round(median(st.runs.map((r) => (oneThreadCpu.get(r.round) ? r.cpuS / oneThreadCpu.get(r.round) : null))), 3),
      peakRssMiB: st.runs.length ? round(Math.max(...st.runs.map((r) => r.rssKiB ?? 0)) / 1024, 1) : null,
      rows: rowsSeen[0] ?? null,
      invalid: invalidSeen[0] ?? null,
      rowsAgree: rowsSeen.length ? rowsSeen.length === 1 && rowsSeen[0] === file.meta.rows : null,
      check: st.errors.length ? 'ERROR' : checks.join('; ') || (st.runs.length ? 'ok' : 'no runs'),
    });
  }
  return {
    file: file.name, bytes: file.meta.bytes, expectedRows: file.meta.rows, damagedRows: file.meta.damagedRows,
    encoding: file.meta.encoding, ...info, countedRuns: Math.max(0, ...rows.map((r) => r.runs.length)), results: rows,
  };
}

// ---------------------------------------------------------------- extra sections

/** Start-up on a 1 KB file: each round runs `node -e 0` then every contender; ratio within the round. */
async function startupSection() {
  const file = ensureFile('clean', '1KB');
  const rounds = opt.quick ? 3 : 7;
  const list = CONTENDERS.filter((c) => selected(c) && !c.bigOnly && !c.cleanOnly && !c.noStartup && c.id !== 'cat' && c.id !== 'csvclean');
  log(`start-up: ${rounds} rounds on ${file.name} of node -e 0 + ${list.map((c) => c.id).join(', ')}`);
  const base = [], per = new Map(list.map((c) => [c.id, { s: [], ratio: [], rss: [], errors: [] }]));
  for (let r = 0; r < rounds; r++) {
    const b = await measure('node', ['-e', '0']);
    base.push(b.wallS);
    for (const c of list) {
      const [cmd, args] = c.cmd(file);
      const m = await measure(cmd, args);
      const st = per.get(c.id);
      if (!(c.okCodes ?? [0]).includes(m.code)) { st.errors.push(`exit ${m.code}`); continue; }
      st.s.push(m.wallS); st.ratio.push(m.wallS / b.wallS); st.rss.push(m.rssKiB);
    }
  }
  const out = {
    file: file.name, rounds, nodeE0: { medianS: round(median(base), 4) },
    results: list.map((c) => {
      const st = per.get(c.id);
      return { contender: c.id, medianS: round(median(st.s), 4), xNodeE0: round(median(st.ratio), 2), peakRssMiB: round(Math.max(0, ...st.rss) / 1024, 1), errors: st.errors };
    }),
  };
  return out;
}

/** `--jobs 2` vs `--jobs 1` over 40 files, alternating A B / B A; ratio within each pair. */
async function jobsSection(size, pairs) {
  const n = 40;
  const dir = path.join(DATA, `jobs-${n}x${size.toLowerCase()}`);
  const files = [];
  let expected = 0;
  for (let i = 1; i <= n; i++) {
    const p = path.join(dir, `part-${String(i).padStart(2, '0')}.csv`);
    if (!fs.existsSync(p) || !fs.existsSync(`${p}.meta.json`)) generate({ out: p, variant: 'clean', bytes: parseSize(size), size, seed: 42 + i });
    expected += JSON.parse(fs.readFileSync(`${p}.meta.json`, 'utf8')).rows;
    files.push(p);
  }
  log(`jobs: ${pairs} pairs of --jobs 1 / --jobs 2 over ${n} × ${size} files`);
  spawnSync('sh', ['-c', `cat "$@" > /dev/null`, 'sh', ...files]);
  const run = (j) => measure('node', [CLI, ...files, '--schema', SCHEMA, '--format', 'json', '-q', '--jobs', String(j)]);
  const one = [], two = [], ratio = [], rss = { 1: [], 2: [] }, errors = [];
  let rowsSeen = new Set();
  for (let p = 0; p < pairs; p++) {
    // Why alternate the order: a drift in machine load would otherwise always favour one side.
    const order = p % 2 ? [2, 1] : [1, 2];
    const t = {};
    for (const j of order) {
      const m = await run(j);
      if (![0, 1].includes(m.code)) { errors.push(`--jobs ${j}: exit ${m.code}: ${m.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 300)}`); continue; }
      t[j] = m.wallS; rss[j].push(m.rssKiB);
      try { rowsSeen.add(ingestCounts(m.stdout).rows); } catch { errors.push(`--jobs ${j}: unreadable JSON report`); }
    }
    if (t[1] && t[2]) { one.push(t[1]); two.push(t[2]); ratio.push(t[2] / t[1]); }
    if (errors.length && !ratio.length) break;
  }
  rowsSeen = [...rowsSeen];
  return {
    files: n, fileSize: size, totalRows: expected, pairs,
    jobs1: { medianS: round(median(one), 3), peakRssMiB: round(Math.max(0, ...rss[1]) / 1024, 1) },
    jobs2: { medianS: round(median(two), 3), peakRssMiB: round(Math.max(0, ...rss[2]) / 1024, 1) },
    jobs2OverJobs1: round(median(ratio), 3),
    ratioRange: ratio.length ? [round(Math.min(...ratio), 3), round(Math.max(...ratio), 3)] : null,
    rows: rowsSeen, rowsAgree: rowsSeen.length === 1 && rowsSeen[0] === expected, errors,
  };
}

// ---------------------------------------------------------------- printing

const fmt = (x, d = 2) => (x == null ? '–' : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
function printFile(g) {
  const lines = [];
  lines.push(`\n### ${g.file} (${fmt(g.bytes / 1e6, 1)} MB, ${g.expectedRows.toLocaleString('en-US')} rows, ${g.damagedRows.toLocaleString('en-US')} damaged, ${g.encoding}) — ${g.warmups} warm-up + ${g.countedRuns} runs${g.truncated ? ` (of ${g.runs}: cut short by the budget)` : ''}, load avg ${g.loadavg1.map((x) => x.toFixed(2)).join(' → ')}\n`);
  lines.push('| contender | MB/s | median s (min–max) | × cat | × csv-parse | × DuckDB | × DuckDB rules | × 1 thread | CPU s | CPU × 1 thread | peak RSS MiB | rows | invalid rows | check |');
  lines.push('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of g.results) {
    lines.push(`| ${r.contender} | ${fmt(r.mbPerS, 1)} | ${r.medianS == null ? '–' : `${fmt(r.medianS, 3)} (${fmt(r.minS, 3)}–${fmt(r.maxS, 3)})`} | ${fmt(r.xCat, 1)} | ${fmt(r.xCsvParse, 2)} | ${fmt(r.xDuckdb, 2)} | ${fmt(r.xDuckdbRules, 2)} | ${fmt(r.xOneThread, 2)} | ${fmt(r.medianCpuS, 2)} | ${fmt(r.xOneThreadCpu, 2)} | ${fmt(r.peakRssMiB, 1)} | ${r.rows == null ? '–' : r.rows.toLocaleString('en-US')} | ${r.invalid == null ? '–' : r.invalid.toLocaleString('en-US')} | ${r.check}${r.errors.length ? ': ' + r.errors[0] : ''} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const out = { startedAt: new Date().toISOString(), options: opt, env, notes, files: [], startup: null, jobs: null, memory: null };
for (const n of notes) log('note: ' + n);

const plan = [];
for (const size of opt.sizes) {
  const big = parseSize(size) >= BIG;
  for (const variant of big ? opt.bigVariants : opt.variants) plan.push({ variant, size, big });
}
// Generate everything first so that generation time never lands inside a timed group.
const files = plan.map((p) => ({ ...p, file: ensureFile(p.variant, p.size) }));
if (opt.startup) ensureFile('clean', '1KB');

// Why a share of the budget per file: on a loaded machine the small files would otherwise use it
// all and the 1 GB file (the memory goal) would be skipped. The weight is bytes × rounds, with the
// big-file plan (no naive-zod) counted at 0.7.
const EXTRAS_S = (opt.startup ? 40 : 0) + (opt.jobs && haveCli ? 110 : 0);
const weight = ({ file, big }) => file.meta.bytes * (big ? opt.bigRuns * 0.7 : opt.runs + 1);
for (let i = 0; i < files.length; i++) {
  const { file, big } = files[i];
  if (overBudget(30)) { notes.push(`${file.name} skipped: over the ${opt.budgetMin}-minute budget`); log(notes.at(-1)); continue; }
  const rest = files.slice(i).reduce((a, f) => a + weight(f), 0);
  const deadlineS = elapsedS() + Math.max(0, budgetS - EXTRAS_S - elapsedS()) * (weight(files[i]) / rest);
  const contenders = CONTENDERS.filter((c) => selected(c) && !(big && c.smallOnly) && !(!big && c.bigOnly) && !(c.cleanOnly && file.meta.variant !== 'clean'));
  const g = await benchFile(file, { runs: big ? opt.bigRuns : opt.runs, warmups: big ? 0 : 1, contenders, deadlineS });
  out.files.push(g);
  console.log(printFile(g));
}

if (opt.startup) {
  if (overBudget(30)) notes.push('start-up section skipped: over budget');
  else {
    out.startup = await startupSection();
    const s = out.startup;
    console.log(`\n### Start-up on ${s.file} (${s.rounds} rounds; ratio to \`node -e 0\` in the same round, median; node -e 0 = ${fmt(s.nodeE0.medianS, 3)} s)\n`);
    console.log('| contender | median s | × node -e 0 | peak RSS MiB |\n|---|---:|---:|---:|');
    for (const r of s.results) console.log(`| ${r.contender} | ${fmt(r.medianS, 3)} | ${fmt(r.xNodeE0, 2)} | ${fmt(r.peakRssMiB, 1)} |${r.errors.length ? ' ' + r.errors[0] : ''}`);
  }
}

if (opt.jobs) {
  if (!haveCli) notes.push('--jobs section skipped: ingest-check is not built.');
  else if (overBudget(60)) notes.push('--jobs section skipped: over budget');
  else {
    // why two sets: 1 MB files show the fixed cost per file and per worker; 4 MB files are nearer a landing bucket's
    const sets = opt.quick ? [['100KB', 2]] : [['1MB', 5], ['4MB', 3]];
    out.jobs = [];
    for (const [size, pairs] of sets) {
      if (out.jobs.length && overBudget(45)) { notes.push(`--jobs section over ${size} files skipped: over budget`); continue; }
      const j = await jobsSection(size, pairs);
      out.jobs.push(j);
      console.log(`\n### --jobs 2 vs --jobs 1 over ${j.files} × ${j.fileSize} files (${j.pairs} alternating pairs)\n`);
      console.log(`--jobs 1: ${fmt(j.jobs1.medianS, 3)} s, ${fmt(j.jobs1.peakRssMiB, 1)} MiB; --jobs 2: ${fmt(j.jobs2.medianS, 3)} s, ${fmt(j.jobs2.peakRssMiB, 1)} MiB; paired ratio jobs2/jobs1 = ${fmt(j.jobs2OverJobs1, 3)} (range ${j.ratioRange ? j.ratioRange.map((x) => fmt(x, 3)).join('–') : '–'}; speed-up ${fmt(j.jobs2OverJobs1 ? 1 / j.jobs2OverJobs1 : null, 2)}×); rows ${j.rowsAgree ? 'agree' : `DISAGREE: ${j.rows.join(', ')} vs ${j.totalRows}`}${j.errors.length ? '; errors: ' + j.errors[0] : ''}`);
    }
  }
}

// Memory at the biggest size: peak RSS per contender, against the goal for ingest-check.
const bigGroups = out.files.filter((g) => g.bytes >= BIG);
if (bigGroups.length) {
  out.memory = bigGroups.map((g) => ({
    file: g.file,
    goalMB: RSS_GOAL_MB,
    results: g.results.map((r) => ({
      contender: r.contender, peakRssMiB: r.peakRssMiB,
      peakRssMB: r.peakRssMiB == null ? null : round((r.peakRssMiB * 2 ** 20) / 1e6, 1),
      // The goal is for plain validation; `unique` keeps one entry per row by design (SPEC.md section 8).
      meetsGoal: r.contender === 'ingest-check' && r.peakRssMiB != null ? (r.peakRssMiB * 2 ** 20) / 1e6 < RSS_GOAL_MB : undefined,
    })),
  }));
  for (const m of out.memory) {
    console.log(`\n### Peak RSS on ${m.file} (goal for ingest-check: < ${RSS_GOAL_MB} MB)\n`);
    console.log(m.results.map((r) => `- ${r.contender}: ${fmt(r.peakRssMiB, 1)} MiB${r.meetsGoal === undefined ? (r.contender === 'ingest-check-unique' ? ' (unique keeps per-row state: goal not applied)' : '') : r.meetsGoal ? ' — meets the goal' : ' — MISSES the goal'}`).join('\n'));
  }
}

out.elapsedS = round(elapsedS(), 1);
out.finishedAt = new Date().toISOString();
fs.mkdirSync(RESULTS, { recursive: true });
const stamp = out.startedAt.replace(/[:.]/g, '-');
const json = JSON.stringify(out, null, 2) + '\n';
fs.writeFileSync(path.join(RESULTS, `bench-${stamp}.json`), json);
fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
fs.rmSync(TMP, { recursive: true, force: true });
if (notes.length) console.log('\nNotes:\n' + notes.map((n) => '- ' + n).join('\n'));
console.log(`\nElapsed: ${fmt(out.elapsedS / 60, 1)} min (${out.elapsedS} s). Results: ${path.relative(ROOT, path.join(RESULTS, `bench-${stamp}.json`))} and latest.json`);
console.log('Timings are whole processes on a shared 2-core machine: compare the paired ratios (same round), not MB/s across runs.');
