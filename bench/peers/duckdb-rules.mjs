// Contender: DuckDB doing ingest-check's work, like for like: typed read_csv with rejects AND schema.json's rules as SQL predicates, plus a duplicate-key count.
//
// The rules of bench/schema.json (and schema-unique.json's key), one predicate each: types (the typed read and
// its rejects), required (NOT NULL), event_id >= 1, customer_name <= 100 characters, the email format (the
// same expression as ingest-check's fast email test), age 0–130, country and referral_code patterns (whole
// value), the event_type enum, comment <= 2000 characters; event_id duplicates (count - distinct count).
// Differences that remain (bench/README.md): DuckDB's DATE accepts `2023-1-5`, and it has no ambiguous-null
// or formula checks; so its invalid-row count may be below the manifest's on the dirty file.
import { DuckDBInstance } from '@duckdb/node-api';
import { args, report } from './common.mjs';
import { COLUMNS, readCsv } from './duckdb-read.mjs';

const { file, encoding } = args();
const EMAIL = "^[A-Za-z0-9_'+-]+(\\.[A-Za-z0-9_'+-]+)*@([A-Za-z0-9][A-Za-z0-9-]*\\.)+[A-Za-z]{2,}$";
const required = Object.keys(COLUMNS).filter((c) => c !== 'comment' && c !== 'referral_code');
const rules = [
  ...required.map((c) => `${c} IS NOT NULL`),
  'event_id >= 1',
  'length(customer_name) <= 100',
  // why the suffix test: RE2 has no look-behind; ingest-check's (?<!') says the local part does not end in '
  `regexp_full_match(email, '${EMAIL.replaceAll("'", "''")}') AND NOT contains(email, '''@')`,
  'age BETWEEN 0 AND 130',
  "regexp_full_match(country, '[A-Z]{2}')",
  "event_type IN ('signup', 'login', 'purchase', 'refund', 'cancel', 'upgrade')",
  '(comment IS NULL OR length(comment) <= 2000)',
  "(referral_code IS NULL OR regexp_full_match(referral_code, '[A-Z0-9]{8}'))",
];
const src = readCsv(file, encoding);

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
// why one scan: the predicates, the key's duplicates and the loaded count come from the same read
const [loaded, broken, duplicates] = (await con.runAndReadAll(`SELECT count(*)::BIGINT,
  count(*) FILTER (WHERE NOT coalesce(${rules.join(' AND ')}, false))::BIGINT,
  (count(event_id) - count(DISTINCT event_id))::BIGINT FROM ${src}`)).getRows()[0].map(Number);
const [rejected] = (await con.runAndReadAll('SELECT count(DISTINCT line)::BIGINT FROM reject_errors')).getRows()[0].map(Number);
report({ rows: loaded + rejected, invalid: rejected + broken, rejected, broken, duplicates });
