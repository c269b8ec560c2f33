// Contender: DuckDB via @duckdb/node-api: read_csv with explicit types and store_rejects, every column read; counts rows and rejected rows.
import { DuckDBInstance } from '@duckdb/node-api';
import { args, report } from './common.mjs';

const { file, encoding } = args();
const COLUMNS = {
  event_id: 'BIGINT', customer_name: 'VARCHAR', email: 'VARCHAR', age: 'INTEGER', country: 'VARCHAR',
  // Why TIMESTAMP and not TIMESTAMPTZ: with TIMESTAMPTZ (DuckDB 1.5.6) read_csv turns an invalid
  // datetime into NULL without a reject; TIMESTAMP rejects it (and still accepts the trailing Z).
  signup_date: 'DATE', event_time: 'TIMESTAMP', event_type: 'VARCHAR',
  // Why DECIMAL and not DOUBLE: DOUBLE accepts `NaN`, DECIMAL rejects it as a cast error.
  amount: 'DECIMAL(12,2)', is_active: 'BOOLEAN', comment: 'VARCHAR', referral_code: 'VARCHAR',
};
const sqlStr = (s) => `'${String(s).replaceAll("'", "''")}'`;
const cols = '{' + Object.entries(COLUMNS).map(([k, v]) => `${sqlStr(k)}: ${sqlStr(v)}`).join(', ') + '}';
// Why the explicit dialect: the sniffer fails on the dirty file (anchors/perf.md) and would guess types.
const src = `read_csv(${sqlStr(file)}, columns = ${cols}, header = true, delim = ',', quote = '"', escape = '"',
  store_rejects = true, encoding = ${sqlStr(encoding === 'latin1' ? 'latin-1' : 'utf-8')})`;
// Why count(col) for every column: a bare count(*) lets DuckDB skip casting columns it never
// projects, and then no cast error would be found.
const counts = Object.keys(COLUMNS).map((c) => `count(${c})`).join(', ');

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const loaded = (await con.runAndReadAll(`SELECT count(*)::BIGINT AS n, ${counts} FROM ${src}`)).getRows()[0][0];
const rej = (await con.runAndReadAll(
  `SELECT count(DISTINCT line)::BIGINT, count(*)::BIGINT FROM reject_errors`)).getRows()[0];
const byType = Object.fromEntries((await con.runAndReadAll(
  `SELECT error_type::VARCHAR, count(*)::BIGINT FROM reject_errors GROUP BY 1 ORDER BY 1`)).getRows()
  .map(([t, n]) => [t, Number(n)]));
report({ rows: Number(loaded) + Number(rej[0]), invalid: Number(rej[0]), rejectLines: Number(rej[1]), byType });
