// Security through the CLI: the HTML report escapes hostile data under a strict CSP, formula prefixes are flagged,
// a backtracking pattern cannot hang the tool, and no schema is picked up from the data's folder.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/types.js";
import { assertReport } from "../helpers/report.js";
import { runChild, runMain, tempDir } from "./helpers.js";

const { dir, cleanup } = tempDir("security");
after(cleanup);

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe("hardening: the HTML report and hostile values", () => {
  it("escapes every value from the data (header, cells, defect values) and sets a restrictive CSP", async () => {
    const hostile = [
      "<script>alert(1)</script>",
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
      '"><img src=x onerror=alert(1)>',
      "</style><script>alert(2)</script>",
      "javascript:alert(3)",
      "<svg/onload=alert(4)>",
      "]]><!--<script>",
    ];
    const header = ["id", "<script>alert('h')</script>", "note"];
    const rows = hostile.map((h, i) => [String(i), h, `${h}${i}`]);
    // ragged rows and a non-integer id give defects whose value and column name come from the data
    rows.push(["<script>x</script>", "<b>", "<i>", "<script>extra</script>"]);
    const input = join(dir, "hostile.csv");
    writeFileSync(input, [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n");
    const html = join(dir, "report.html");
    const r = await runChild([input, "-q", "-f", "json", "--html", html]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.files[0].defects.some((d) => d.value?.includes("<script")), "the report does carry a hostile value into the HTML");
    const page = readFileSync(html, "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(page);
    assert.ok(csp, "a CSP meta element");
    assert.match(csp[1], /default-src 'none'/);
    assert.doesNotMatch(csp[1], /script-src|unsafe-eval/, "no script source is allowed");
    assert.doesNotMatch(page, /<script/i, "no raw <script from the data (and none of the page's own)");
    assert.doesNotMatch(page, /<img|<svg\/onload/i, "no markup from the data survives");
    for (const h of [...hostile, header[1]]) if (h.includes("<")) assert.ok(!page.includes(h), `raw in the page: ${h}`);
    const shown = report.files[0].defects.map((d) => d.value).filter((v): v is string => !!v && v.includes("<script") && !/["']/.test(v));
    assert.ok(shown.length > 0);
    for (const v of shown) assert.ok(page.includes(v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")), `${v} is shown, escaped`);
  });
});

describe("hardening: formula injection through the CLI with a string schema", () => {
  it("warns on =, +, -, @, tab and CR prefixes; not on signed numbers or plain text", async () => {
    const schema = join(dir, "strings.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "text", type: "string" }] }));
    const values = ["=SUM(A1:A2)", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+1", "\r=1+1", "+42", "-3.5", "hello", "a=b"];
    const input = join(dir, "formula.csv");
    writeFileSync(input, "id,text\r\n" + values.map((v, i) => `${i + 1},${csvCell(v)}`).join("\r\n") + "\r\n");
    const r = await runChild([input, "--schema", schema, "-q", "-f", "json"]);
    assert.equal(r.code, 0, `warnings only: ${r.stderr}`);
    const report = JSON.parse(r.stdout) as Report;
    assertReport(report);
    const flagged = report.files[0].defects.filter((d) => d.code === "formula-injection").map((d) => d.row);
    assert.deepEqual(flagged, [1, 2, 3, 4, 5, 6], "rows 1–6 start like formulas; +42, -3.5, hello, a=b do not");
    assert.ok(report.files[0].defects.filter((d) => d.code === "formula-injection").every((d) => d.severity === "warning"));
  });
});

describe("hardening: a catastrophic-backtracking pattern on crafted text", () => {
  it("^(a+)+$ against 'aaaa…!' finishes and reports pattern defects (the runner's timeout catches a hang)", async () => {
    const schema = join(dir, "redos.schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "s", type: "string", constraints: { pattern: "^(a+)+$" } }, { name: "t", type: "string", constraints: { pattern: "(x+x+)+y" } }] }));
    const input = join(dir, "redos.csv");
    // a backtracking engine needs ~2^n steps on these: n = 40 is hours, re2 is linear
    const rows = Array.from({ length: 50 }, (_, i) => `${"a".repeat(30 + i)}!,${"x".repeat(30 + i)}`);
    writeFileSync(input, "s,t\n" + rows.join("\n") + "\naaaa,xxy\n");
    const r = await runMain([input, "--schema", schema, "-q", "-f", "json"]);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assertReport(report);
    assert.equal(report.files[0].byCode.pattern, 100, "every crafted cell fails its pattern; the last row matches both");
    assert.deepEqual(report.files[0].rows, { total: 51, valid: 1, invalid: 50 });
  });
});

describe("hardening: schemas are never loaded from the data's location", () => {
  it("a schema.json (and a zod module) beside the data is ignored when --schema is not given", async () => {
    const folder = join(dir, "landing");
    mkdirSync(folder);
    const input = join(folder, "data.csv");
    writeFileSync(input, "id,age\n1,-5\n2,7\n");
    // a schema that would make row 1 invalid if it were used
    const trap = JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "age", type: "integer", constraints: { minimum: 0 } }] });
    for (const name of ["schema.json", "data.schema.json", "schema.yaml", "datapackage.json"]) writeFileSync(join(folder, name), trap);
    // a module that would leave a mark if it were ever imported
    const mark = join(dir, "imported.txt");
    writeFileSync(join(folder, "schema.mjs"), `import { writeFileSync } from "node:fs"; writeFileSync(${JSON.stringify(mark)}, "ran"); export default (z) => z.object({});`);
    for (const cwd of [folder, dir]) {
      const r = await runChild([input, "-q", "-f", "json"], { cwd });
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as Report;
      assert.equal(report.run.schema, null, "no schema in the run: it was inferred");
      assert.equal(report.files[0].byCode.minimum, undefined, "the trap schema's minimum did not apply");
    }
    assert.throws(() => readFileSync(mark), /ENOENT/, "the module beside the data was never imported");
    // the trap is a real one: given explicitly, it does flag the row
    const r = await runMain([input, "--schema", join(folder, "schema.json"), "-q", "-f", "json"]);
    assert.equal((JSON.parse(r.stdout) as Report).files[0].byCode.minimum, 1);
  });
});
