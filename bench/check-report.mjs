// Scores ingest-check's defects on a dirty file against the generator's manifest: damaged rows found, codes, false positives.
//
// Usage:
//   node bench/check-report.mjs [--file bench/data/dirty-100mb.csv] [--report REPORT.json|.ndjson] [--schema bench/schema.json]
// Without --report it runs `node dist/bin/ingest-check.js FILE --schema SCHEMA --format json -q --max-defects 100000000`.
// A report may be the JSON report (files[].defects[]) or NDJSON with one defect object (with `row`) per line.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const argv = process.argv.slice(2);
const arg = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const file = arg('--file', path.join(BENCH, 'data', 'dirty-100mb.csv'));
const schema = arg('--schema', path.join(BENCH, 'schema.json'));
const manifestPath = `${file}.manifest.json`;
if (!fs.existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: generate it with node bench/gen.mjs --variant dirty --size …`);
  process.exit(2);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

// The defect code SPEC.md section 4–5 implies for each kind of damage gen.mjs makes.
const EXPECTED = {
  'short-row': 'row-missing-cells', 'long-row': 'row-extra-cells', 'negative-age': 'minimum',
  'null-token': 'ambiguous-null', 'nan-amount': 'non-finite', 'bad-date': 'type-error',
};

let text;
const reportPath = arg('--report');
if (reportPath) text = fs.readFileSync(reportPath, 'utf8');
else {
  const cli = path.join(ROOT, 'dist', 'bin', 'ingest-check.js');
  if (!fs.existsSync(cli)) { console.error(`${cli} is absent: npm run build`); process.exit(2); }
  const r = spawnSync('node', [cli, file, '--schema', schema, '--format', 'json', '-q', '--max-defects', '100000000'], { encoding: 'utf8', maxBuffer: 2 ** 30 });
  if (r.status !== 0 && r.status !== 1) { console.error(`ingest-check exited ${r.status}: ${r.stderr.slice(0, 500)}`); process.exit(2); }
  text = r.stdout;
}

let defects, summary = null;
try {
  const rep = JSON.parse(text);
  defects = rep.files.flatMap((f) => f.defects);
  summary = { ...rep.files[0].rows, defectsTruncated: rep.files.some((f) => f.defectsTruncated) };
} catch {
  defects = text.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((d) => d && typeof d.row === 'number');
}

const byRow = new Map();
for (const d of defects) {
  if (d.row == null || d.severity !== 'error') continue;
  if (!byRow.has(d.row)) byRow.set(d.row, []);
  byRow.get(d.row).push(d);
}
const damaged = new Map(manifest.damaged.map((m) => [m.row, m]));
const perKind = {};
for (const m of manifest.damaged) {
  const k = (perKind[m.kind] ??= { total: 0, found: 0, expectedCode: 0, missedExamples: [] });
  k.total++;
  const ds = byRow.get(m.row);
  if (ds) {
    k.found++;
    if (ds.some((d) => d.code === EXPECTED[m.kind])) k.expectedCode++;
  } else if (k.missedExamples.length < 3) k.missedExamples.push({ row: m.row, value: m.value, column: m.column });
}
const falsePositives = [...byRow.keys()].filter((r) => !damaged.has(r));
const fpCodes = {};
for (const r of falsePositives) for (const d of byRow.get(r)) fpCodes[d.code] = (fpCodes[d.code] ?? 0) + 1;
const found = Object.values(perKind).reduce((a, k) => a + k.found, 0);
const result = {
  file: path.basename(file), damagedRows: manifest.damaged.length, foundRows: found,
  falsePositiveRows: falsePositives.length, falsePositiveCodes: fpCodes,
  falsePositiveExamples: falsePositives.slice(0, 5).map((r) => byRow.get(r)[0]),
  reportSummary: summary, perKind,
};
console.log(JSON.stringify(result, null, 2));
if (summary?.defectsTruncated) console.error('warning: the report was truncated (--max-defects); the score is a lower bound');
process.exit(found === manifest.damaged.length && falsePositives.length === 0 ? 0 : 1);
