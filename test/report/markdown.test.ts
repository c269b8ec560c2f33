// Markdown reporter: tables stay tables whatever the cells hold, HTML is inert, and the size cap holds.
import assert from "node:assert/strict";
import { test } from "node:test";
import { mdCell, render, visibleControls } from "../../src/report/markdown.js";
import type { Report } from "../../src/types.js";
import { fixture, golden } from "./helpers.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";

/** Cells of a GFM table row: split on pipes not escaped by a backslash. */
const cells = (line: string): string[] => line.replace(/^\||\|$/g, "").split(/(?<!\\)\|/);

test("mixed report: golden output", () => {
  golden("markdown.md", render(fixture("mixed")));
});

test("clean report: golden output", () => {
  golden("markdown-clean.md", render(fixture("clean")));
});

test("mdCell: pipes, backticks, HTML, line breaks, mentions and bidi overrides are neutralised", () => {
  assert.equal(mdCell("a|b"), "a\\|b");
  assert.equal(mdCell("`rm -rf`"), "\\`rm -rf\\`");
  assert.equal(mdCell("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
  assert.equal(mdCell(`"><img src=x onerror=alert(1)>`), `"&gt;&lt;img src=x onerror=alert(1)&gt;`);
  assert.equal(mdCell("line one\r\nline two"), "line one␍␊line two");
  assert.equal(mdCell("@everyone"), "@\u200beveryone");
  assert.equal(mdCell("a\u202Eb"), "a&lt;U+202E&gt;b");
  assert.equal(mdCell("&amp;"), "&amp;amp;");
  assert.equal(mdCell("*bold* _it_ [x](y)"), "\\*bold\\* \\_it\\_ \\[x\\](y)");
  assert.equal(mdCell("x".repeat(10), 4), "xxxx…");
  assert.equal(visibleControls("\u0000\t\u007f"), "␀␉␡");
});

test("every table row has as many cells as its header, and no raw HTML from the data survives", () => {
  const md = render(fixture("mixed"));
  const lines = md.split("\n");
  let width = 0;
  let rows = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.startsWith("|")) { width = 0; continue; }
    if (width === 0) { width = cells(line).length; continue; }
    assert.equal(cells(line).length, width, `line ${i + 1}: ${line}`);
    rows++;
  }
  assert.ok(rows > 40, `checked ${rows} table rows`);
  assert.ok(!md.includes("<script"), "no <script");
  assert.ok(!md.includes("<img"), "no <img");
  assert.ok(!/\r/.test(md), "no CR");
  assert.ok(!md.includes("\u202e"), "no bidi override");
  assert.ok(md.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  // The summary table carries the exact counts.
  assert.match(md, /\| 4 \| 1,260 \| 1,169 \| 91 \| 95 \| 11 \|/);
  // A file name with a comma, colon and % is shown as it is.
  assert.ok(md.includes("#### `data/orders 2024,Q1:100%.csv`"));
});

test("the first N defects per file are listed and the rest counted", () => {
  const md = render(fixture("mixed"), { maxDefectsPerFile: 5 });
  const section = md.split("#### `data/customers.csv`")[1].split("####")[0];
  const rows = section.split("\n").filter((l) => /^\| (\d|—)/.test(l));
  assert.equal(rows.length, 5);
  assert.match(section, /Showing 5 of 98 defects\./);
});

function bigReport(files: number, perFile: number): Report {
  const r = fixture("clean");
  const base = r.files[0];
  r.files = Array.from({ length: files }, (_, k) => ({
    ...structuredClone(base),
    source: `data/part-${k}.csv`,
    byCode: { pattern: perFile },
    defects: Array.from({ length: perFile }, (_, i) => ({
      code: "pattern" as const, severity: "error" as const, row: i + 1, line: i + 2, byteOffset: null,
      column: "city", columnIndex: 2, value: "|".repeat(200), message: "city does not match " + "`".repeat(150),
    })),
  }));
  r.summary.files = files; r.summary.errors = files * perFile; r.ok = false;
  return r;
}

test("PR comment size: a large report stays under 65,000 bytes", () => {
  const md = render(bigReport(40, 200));
  assert.ok(Buffer.byteLength(md) <= 65_000, `${Buffer.byteLength(md)} bytes`);
  assert.ok(Buffer.byteLength(md) > 30_000, "room is used");
  assert.match(md, /Showing \d+ of 200 defects/);
});

test("PR comment size: thousands of files are cut with a note", () => {
  const md = render(bigReport(2000, 3));
  assert.ok(Buffer.byteLength(md) <= 65_000, `${Buffer.byteLength(md)} bytes`);
  assert.match(md, /✂️ Cut to fit the size limit/);
  assert.ok(md.endsWith("\n"));
});

test("a tiny budget still yields a well-formed, capped text", () => {
  const md = render(fixture("mixed"), { maxBytes: 700 });
  assert.ok(Buffer.byteLength(md) <= 700, `${Buffer.byteLength(md)} bytes`);
  assert.match(md, /Cut to fit/);
});

// QA 2026-12-01 item 18: a value `x` showed as x. The reporter escaped it; the sniffer had taken the backticks for
// quotes (fixtures/dialect/backtick-markdown-value-not-quote.csv) and stripped them from the value itself.
test("the built CLI keeps a value's backticks: in the JSON value, and escaped in the Markdown table", () => {
  const schema = join(mkdtempSync(join(tmpdir(), "ic-md-")), "s.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "n", type: "integer" }] }));
  const input = "fixtures/dialect/backtick-markdown-value-not-quote.csv";
  const json = JSON.parse(runCli([input, "--schema", schema, "--format", "json", "-q"]).stdout) as Report;
  assert.equal(json.files[0].defects[0].value, "`x`");
  const md = runCli([input, "--schema", schema, "--format", "markdown", "-q"]).stdout;
  const row = md.split("\n").find((l) => l.startsWith("| 1 | 2 |"));
  assert.ok(row, md);
  assert.equal(cells(row)[3].trim(), "\\`x\\`", "backslash-escaped backticks render as backticks");
});
