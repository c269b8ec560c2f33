// Child of test/checks/span-row-deopt.test.ts: one made row function run over several parts, each with its own closures.
import { cleanSpanDoubledTest, cleanSpanPlans, cleanSpanTest } from "../../src/checks/schema/cells.js";
import { rowWidths, spanRowFor, type SpanColumn } from "../../src/checks/schema/span-row.js";
import { LineRecord } from "../../src/parse/line-record.js";
import { compileTableSchema } from "../../src/schema/table-schema.js";
import { tokenize } from "./tokenize.js";

const fields = [
  { name: "id", type: "integer", constraints: { minimum: 1 } },
  { name: "email", type: "string", format: "email" },
  { name: "kind", type: "string", constraints: { enum: ["signup", "login"] } },
  { name: "note", type: "string", constraints: { maxLength: 20 } },
];
const schema = compileTableSchema({ fields, missingValues: [""] }, { source: null, sha256: null });
// every row has an empty note (an `empty` call) and every 7th a bad id (a `miss` call)
const text = Array.from({ length: 4000 }, (_, i) => `${i % 7 === 0 ? "x" : i + 1},a${i}@b.co,${i % 2 ? "login" : "signup"},\n`).join("");
const records = tokenize(text).filter((r): r is LineRecord => r instanceof LineRecord);
let asked = 0;
for (let part = 0; part < 6; part++) {
  // a part's cells check: its own columns and closures (cells.ts makes them per check), the made function shared
  const cols: SpanColumn[] = schema.fields.map((f, i) => ({ col: i, span: cleanSpanTest(f), spanDoubled: cleanSpanDoubledTest(f), ...cleanSpanPlans(f),
    emptyMissing: f.missing.has(""), count: 0 }));
  const miss = (): void => { asked += part + 1; };
  const empty = (): void => { asked += part + 2; };
  const spanRow = spanRowFor(cols);
  const widths = rowWidths(cols);
  for (let round = 0; round < 10; round++) records.forEach((rec, row) => spanRow(rec, row, cols, miss, empty, widths));
}
console.log(`asked ${asked}`);
