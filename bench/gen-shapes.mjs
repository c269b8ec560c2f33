// A file of the field shapes that once had no span test (UUIDs, bounded numbers and datetimes, times, years, patterns).
//
//   node bench/gen-shapes.mjs [--rows 200000] [--out bench/data/shapes.csv]      # schema: bench/schema-shapes.json
//
// Deterministic (a fixed linear congruential generator); every value is valid but for `ratio` = 1.000 now and then
// (a `maximum` defect, ~0.06 % of rows). For bench/cells.mjs: `node bench/cells.mjs bench/data/shapes.csv --schema
// bench/schema-shapes.json --dist BEFORE --dist dist`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { rows: { type: "string", default: "200000" }, out: { type: "string", default: resolve(import.meta.dirname, "data", "shapes.csv") } } });
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (s) => s[Math.floor(rnd() * s.length)];
const hex = (n) => Array.from({ length: n }, () => pick("0123456789abcdef")).join("");
const pad = (n, w = 2) => String(n).padStart(w, "0");
const int = (n) => Math.floor(rnd() * n);
const lines = ["id,amount,at,start,year,code,zip,ratio"];
for (let i = 0; i < Number(values.rows); i++) {
  const day = `20${pad(10 + int(14))}-${pad(1 + int(12))}-${pad(1 + int(28))}`;
  lines.push([`${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, (rnd() * 10000).toFixed(2), `${day}T${pad(int(24))}:${pad(int(60))}:${pad(int(60))}Z`,
    `${pad(int(24))}:${pad(int(60))}:00`, String(1990 + int(35)), `${pick("ABCDEFGH")}${pick("XYZ")}-${pad(int(10000), 4)}`, pad(int(100000), 5), rnd().toFixed(3)].join(","));
}
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, lines.join("\n") + "\n");
console.log(`${values.out}: ${lines.length - 1} rows`);
