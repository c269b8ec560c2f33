// Contender: DuckDB via @duckdb/node-api: read_csv with explicit types and store_rejects, every column read; counts rows and rejected rows.
import { DuckDBInstance } from '@duckdb/node-api';
import { args, report } from './common.mjs';
import { COLUMNS, readCsv } from './duckdb-read.mjs';

const { file, encoding } = args();
const src = readCsv(file, encoding);
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
