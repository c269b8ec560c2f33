// Deterministic generator (seed 42) of the 12-column benchmark CSV: clean, dirty (with a manifest), accented, latin1 and cp1252 variants.
//
// Usage:
//   node bench/gen.mjs --size 100MB [--variant clean|dirty|accented|latin1|cp1252] [--out FILE]
//                      [--rows N] [--seed 42] [--dirty-rate 0.01] [--eol lf|crlf]
//
// Properties the benchmark relies on:
// - The rows are a pure function of the seed and the row number, whatever the size and variant,
//   so clean-100mb.csv is an exact prefix of clean-1gb.csv and every variant of a size has the
//   same number of records (the size is measured on the clean bytes).
// - The dirty variant draws its damage from a separate random stream; it writes
//   <file>.manifest.json with every damaged row (row, line, event_id, kind, column, value).
// - Every file gets <file>.meta.json (rows, bytes, lines, quoted newlines, damaged count), which
//   bench/run.mjs uses to check that each contender counted the right number of rows.
// - Memory is flat: rows are written in ~1 MiB chunks with writeSync.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HEADER = [
  'event_id', 'customer_name', 'email', 'age', 'country', 'signup_date',
  'event_time', 'event_type', 'amount', 'is_active', 'comment', 'referral_code',
];
export const EVENT_TYPES = ['signup', 'login', 'purchase', 'refund', 'cancel', 'upgrade'];
export const VARIANTS = ['clean', 'dirty', 'accented', 'latin1', 'cp1252'];
export const DEFECT_KINDS = ['short-row', 'long-row', 'negative-age', 'null-token', 'nan-amount', 'bad-date'];

// sfc32 seeded through splitmix32: fast, good enough, and identical on every platform.
export function makeRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    float: () => next() / 4294967296,
    int: (n) => Math.floor((next() / 4294967296) * n),
    pick: (arr) => arr[Math.floor((next() / 4294967296) * arr.length)],
  };
}

// [plain ASCII, accented] pairs; the accented forms use only U+00A0–U+00FF, so they encode
// identically in ISO-8859-1 and windows-1252.
const FIRST = [
  ['Jose', 'José'], ['Soren', 'Søren'], ['Francois', 'François'], ['Zoe', 'Zoë'], ['Ines', 'Inès'],
  ['Bjorn', 'Björn'], ['Agnes', 'Agnès'], ['Renee', 'Renée'], ['Andre', 'André'], ['Jurgen', 'Jürgen'],
  ['Ramon', 'Ramón'], ['Celine', 'Céline'], ['Noel', 'Noël'], ['Chloe', 'Chloé'], ['Anais', 'Anaïs'],
  ['Anna'], ['John'], ['Maria'], ['Wei'], ['Fatima'], ['Olga'], ['Liam'], ['Emma'], ['Noah'], ['Sofia'],
  ['Lucas'], ['Mia'], ['Ahmed'], ['Yuki'], ['Priya'], ['Carlos'], ['Elena'], ['David'], ['Sarah'], ['Tom'],
].map(([a, b]) => [a, b ?? a]);
const LAST = [
  ['Muller', 'Müller'], ['Strauss', 'Strauß'], ['Garcia', 'García'], ['Lopez', 'López'], ['Nunez', 'Núñez'],
  ['Bjork', 'Björk'], ['Hakansson', 'Håkansson'], ['Lefevre', 'Lefèvre'], ['Goncalves', 'Gonçalves'],
  ['Orsted', 'Ørsted'], ['Schroder', 'Schröder'], ['Pena', 'Peña'],
  ["O'Connor"], ['Smith'], ['Johnson'], ['Brown'], ['Rossi'], ['Kim'], ['Nguyen'], ['Silva'], ['Novak'],
  ['Kowalski'], ['Jansen'], ['Petit'], ['Haddad'], ['Tanaka'], ['Okafor'], ['Ivanova'], ['Chen'], ['Larsen'],
].map(([a, b]) => [a, b ?? a]);
const DOMAINS = ['example.com', 'mail.example.org', 'test.io', 'corp.example.net', 'inbox.example.co.uk'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'DK', 'PL', 'BR', 'MX', 'IN', 'JP', 'CN', 'NG', 'ZA', 'AU', 'CA', 'PT'];
// Words never look like null tokens (no "na", "none", "nil") and none starts with = + - @,
// so clean comments raise no ambiguous-null or formula-injection defects.
// "EUR" and "don't" are the only words that change in the cp1252/accented variants.
const WORDS = (
  'the order arrived late again and the box was damaged please call back about refund ' +
  'great service fast delivery would buy again item missing from package wrong size colour ' +
  'customer asked for invoice copy price was EUR too high discount code did not work ' +
  "support ticket escalated to billing account locked after password reset don't ship twice " +
  'gift wrap requested loyalty points not applied follow up next week thanks'
).split(' ');
const QUOTED_BITS = ['"urgent"', '"fragile"', '"as new"', '"VIP"', '"do not bend"'];

const pad2 = (n) => (n < 10 ? '0' + n : '' + n);

// Precomputed date strings: one Date per calendar day at start-up instead of one per row.
function dayStrings(fromIso, toIso) {
  const out = [];
  for (let t = Date.parse(fromIso + 'T00:00:00Z'); t <= Date.parse(toIso + 'T00:00:00Z'); t += 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
const SIGNUP_DAYS = dayStrings('2015-01-01', '2024-12-31');
const EVENT_DAYS = dayStrings('2023-01-01', '2025-12-31');

function csvQuote(s) {
  // RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
  if (s.includes('"')) return '"' + s.replaceAll('"', '""') + '"';
  if (s.includes(',') || s.includes('\n') || s.includes('\r')) return '"' + s + '"';
  return s;
}

function makeComment(r, eol) {
  const u = r.float();
  if (u < 0.2) return { text: '', newline: false };
  const n = 3 + r.int(15);
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[r.int(WORDS.length)]);
  // Conditional rates among the 80% non-empty comments, so that over all rows about 30% hold a
  // comma, 3% doubled quotes and 0.1% a line break.
  if (r.float() < 0.375) words[r.int(n - 1)] += ',';
  if (r.float() < 0.0375) words.splice(1 + r.int(n - 1), 0, QUOTED_BITS[r.int(QUOTED_BITS.length)]);
  let text = words.join(' ');
  let newline = false;
  if (r.float() < 0.00125) {
    const k = text.indexOf(' ');
    text = text.slice(0, k) + eol + text.slice(k + 1);
    newline = true;
  }
  return { text, newline };
}

/** The fields of clean row `row` (1-based), plus the accented name; consumes the main stream only. */
function makeRow(r, row, eol) {
  const fi = r.int(FIRST.length), li = r.int(LAST.length);
  const [fa, fx] = FIRST[fi], [la, lx] = LAST[li];
  const lastFirst = r.float() < 0.05;
  const name = lastFirst ? `"${la}, ${fa}"` : `${fa} ${la}`;
  const nameX = lastFirst ? `"${lx}, ${fx}"` : `${fx} ${lx}`;
  const email = `${fa.toLowerCase().replace("'", '')}.${la.toLowerCase().replace("'", '')}${r.int(1000)}@${DOMAINS[r.int(DOMAINS.length)]}`;
  const age = 18 + r.int(73);
  const country = COUNTRIES[r.int(COUNTRIES.length)];
  const signup = SIGNUP_DAYS[r.int(SIGNUP_DAYS.length)];
  const secs = r.int(86400);
  const eventTime = `${EVENT_DAYS[r.int(EVENT_DAYS.length)]}T${pad2((secs / 3600) | 0)}:${pad2(((secs / 60) | 0) % 60)}:${pad2(secs % 60)}Z`;
  const type = EVENT_TYPES[r.int(EVENT_TYPES.length)];
  const cents = 1 + r.int(250000);
  let amount = type === 'purchase' || type === 'upgrade' || type === 'refund'
    ? `${(cents / 100) | 0}.${pad2(cents % 100)}` : '0.00';
  if (type === 'refund') amount = '-' + amount;
  const active = r.float() < 0.8 ? 'true' : 'false';
  const comment = makeComment(r, eol);
  let ref = '';
  if (r.float() >= 0.6) {
    const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (let i = 0; i < 8; i++) ref += A[r.int(A.length)];
  }
  return {
    fields: [String(1_000_000 + row), name, email, String(age), country, signup, eventTime, type, amount, active, csvQuote(comment.text), ref],
    nameX,
    newline: comment.newline,
  };
}

const BAD_DATES = ['2023-02-30', '2023-13-01', '31/12/2023', '2023-1-5', 'yesterday'];
const BAD_DATETIMES = ['2024-05-10T25:61:00Z', '2024-02-30T10:00:00Z', '10/05/2024 10:00'];
const NULL_TOKENS = ['N/A', 'NULL', 'n/a', 'null'];

/** Damage one row in place; returns the manifest entry. Consumes only the dirty stream `d`. */
function damage(d, fields) {
  const kind = DEFECT_KINDS[d.int(DEFECT_KINDS.length)];
  switch (kind) {
    case 'short-row': fields.pop(); return { kind, column: 'referral_code', value: null };
    case 'long-row': fields.push('EXTRA'); return { kind, column: null, value: 'EXTRA' };
    case 'negative-age': fields[3] = String(-(1 + d.int(99))); return { kind, column: 'age', value: fields[3] };
    case 'null-token': {
      const col = d.float() < 0.5 ? 3 : 8;
      fields[col] = NULL_TOKENS[d.int(NULL_TOKENS.length)];
      return { kind, column: HEADER[col], value: fields[col] };
    }
    case 'nan-amount': fields[8] = 'NaN'; return { kind, column: 'amount', value: 'NaN' };
    case 'bad-date': {
      const i = d.int(BAD_DATES.length + BAD_DATETIMES.length);
      if (i < BAD_DATES.length) { fields[5] = BAD_DATES[i]; return { kind, column: 'signup_date', value: fields[5] }; }
      fields[6] = BAD_DATETIMES[i - BAD_DATES.length];
      return { kind, column: 'event_time', value: fields[6] };
    }
  }
  throw new Error('unreachable');
}

// windows-1252 bytes 0x80–0x9F for the few characters the cp1252 variant uses.
const CP1252 = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 };
function encode(str, variant) {
  if (variant === 'latin1') return Buffer.from(str, 'latin1');
  if (variant === 'cp1252') return Buffer.from(str.replace(/[€‘’“”]/g, (c) => String.fromCharCode(CP1252[c])), 'latin1');
  return Buffer.from(str, 'utf8');
}

export function parseSize(s) {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(String(s).trim());
  if (!m) throw new Error(`bad size: ${s} (use e.g. 1KB, 100MB, 1GB; decimal units)`);
  const mult = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 }[(m[2] ?? 'B').toUpperCase()];
  return Math.round(Number(m[1]) * mult);
}

/**
 * Write one file. Stops at `rows` records, or after the first record whose clean bytes reach `bytes`.
 * Returns the meta object (also written to <out>.meta.json).
 */
export function generate({ out, variant = 'clean', bytes, rows, seed = 42, dirtyRate = 0.01, eol = '\n', size }) {
  if (!VARIANTS.includes(variant)) throw new Error(`unknown variant ${variant}; one of ${VARIANTS.join(', ')}`);
  if (bytes == null && rows == null) throw new Error('give --size/--bytes or --rows');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  const r = makeRng(seed);
  // Why a derived seed: the damage must not shift the main stream, or dirty rows would differ from clean ones.
  const d = makeRng((seed ^ 0x5bd1e995) >>> 0);
  const accented = variant === 'accented' || variant === 'latin1' || variant === 'cp1252';
  const smart = variant === 'accented' || variant === 'cp1252';
  const manifest = [];
  const header = HEADER.join(',') + eol;
  let chunk = header;
  let cleanBytes = header.length;
  let written = 0;
  let line = 2; // physical line on which the next record starts (header is line 1)
  let quotedNewlines = 0;
  let row = 0;
  const limitRows = rows ?? Infinity;
  const limitBytes = bytes ?? Infinity;
  while (row < limitRows && cleanBytes < limitBytes) {
    row++;
    const rec = makeRow(r, row, eol);
    const cleanLine = rec.fields.join(',') + eol;
    cleanBytes += cleanLine.length; // clean rows are pure ASCII, so chars = bytes
    let text = cleanLine;
    if (variant === 'dirty' && d.float() < dirtyRate) {
      const f = rec.fields.slice();
      const e = damage(d, f);
      manifest.push({ row, line, eventId: 1_000_000 + row, ...e });
      text = f.join(',') + eol;
    } else if (accented) {
      const f = rec.fields;
      f[1] = rec.nameX;
      if (smart) f[10] = f[10].replaceAll('EUR', '€').replaceAll("don't", 'don’t');
      text = f.join(',') + eol;
    }
    if (rec.newline) quotedNewlines++;
    line += rec.newline ? 2 : 1;
    chunk += text;
    if (chunk.length >= 1 << 20) {
      written += fs.writeSync(fd, encode(chunk, variant));
      chunk = '';
    }
  }
  if (chunk) written += fs.writeSync(fd, encode(chunk, variant));
  fs.closeSync(fd);
  const meta = {
    generator: 'bench/gen.mjs', seed, variant, size: size ?? null,
    encoding: variant === 'latin1' ? 'iso-8859-1' : variant === 'cp1252' ? 'windows-1252' : 'utf-8',
    eol: eol === '\n' ? 'lf' : 'crlf',
    bytes: written, rows: row, physicalLines: line - 1, quotedNewlines,
    damagedRows: variant === 'dirty' ? manifest.length : 0,
  };
  if (variant === 'dirty') {
    const byKind = Object.fromEntries(DEFECT_KINDS.map((k) => [k, 0]));
    for (const m of manifest) byKind[m.kind]++;
    meta.byKind = byKind;
    // One entry per line keeps a 5 GB file's manifest (~280k rows) greppable and cheap to write.
    const body = manifest.map((m) => JSON.stringify(m)).join(',\n');
    fs.writeFileSync(`${out}.manifest.json`, `{"meta":${JSON.stringify(meta)},\n"damaged":[\n${body}\n]}\n`);
  }
  fs.writeFileSync(`${out}.meta.json`, JSON.stringify(meta, null, 2) + '\n');
  fs.renameSync(tmp, out); // the data file appears last, so a present file always has its meta
  return meta;
}

export function defaultName(variant, size) {
  return `${variant}-${String(size).toLowerCase()}.csv`;
}

function parseArgs(argv) {
  const o = { variant: 'clean', seed: 42, dirtyRate: 0.01, eol: '\n' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => argv[++i];
    if (a === '--size') o.size = v();
    else if (a === '--bytes') o.bytes = Number(v());
    else if (a === '--rows') o.rows = Number(v());
    else if (a === '--variant') o.variant = v();
    else if (a === '--out') o.out = v();
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '--dirty-rate') o.dirtyRate = Number(v());
    else if (a === '--eol') o.eol = v() === 'crlf' ? '\r\n' : '\n';
    else if (a === '-h' || a === '--help') o.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const o = parseArgs(process.argv.slice(2));
  if (o.help || (o.size == null && o.bytes == null && o.rows == null)) {
    console.log('usage: node bench/gen.mjs --size 100MB|1GB|5GB|1KB [--variant ' + VARIANTS.join('|') + '] [--out FILE] [--rows N] [--seed 42] [--dirty-rate 0.01] [--eol lf|crlf]');
    process.exit(o.help ? 0 : 2);
  }
  if (o.size != null) o.bytes = parseSize(o.size);
  o.out ??= path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', defaultName(o.variant, o.size ?? (o.rows != null ? `${o.rows}rows` : `${o.bytes}b`)));
  const t0 = performance.now();
  const meta = generate(o);
  console.error(`${o.out}: ${meta.rows} rows, ${meta.bytes} B, ${meta.damagedRows} damaged, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
