// The typed read_csv both DuckDB contenders share: explicit types, explicit dialect, rejects stored.
export const COLUMNS = {
  event_id: 'BIGINT', customer_name: 'VARCHAR', email: 'VARCHAR', age: 'INTEGER', country: 'VARCHAR',
  // Why TIMESTAMP and not TIMESTAMPTZ: with TIMESTAMPTZ (DuckDB 1.5.6) read_csv turns an invalid
  // datetime into NULL without a reject; TIMESTAMP rejects it (and still accepts the trailing Z).
  signup_date: 'DATE', event_time: 'TIMESTAMP', event_type: 'VARCHAR',
  // Why DECIMAL and not DOUBLE: DOUBLE accepts `NaN`, DECIMAL rejects it as a cast error.
  amount: 'DECIMAL(12,2)', is_active: 'BOOLEAN', comment: 'VARCHAR', referral_code: 'VARCHAR',
};
export const sqlStr = (s) => `'${String(s).replaceAll("'", "''")}'`;

/** The read_csv(...) table expression for FILE. */
export function readCsv(file, encoding) {
  const cols = '{' + Object.entries(COLUMNS).map(([k, v]) => `${sqlStr(k)}: ${sqlStr(v)}`).join(', ') + '}';
  // Why the explicit dialect: the sniffer fails on the dirty file (anchors/perf.md) and would guess types.
  return `read_csv(${sqlStr(file)}, columns = ${cols}, header = true, delim = ',', quote = '"', escape = '"',
  store_rejects = true, encoding = ${sqlStr(encoding === 'latin1' ? 'latin-1' : 'utf-8')})`;
}
