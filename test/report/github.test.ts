// GitHub reporter: workflow-command escaping, the 10-per-level choice, the notice, and the step summary.
import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeData, escapeProperty, render } from "../../src/report/github.js";
import type { Defect, Report } from "../../src/types.js";
import { fixture, golden } from "./helpers.js";

interface Cmd { kind: string; props: Record<string, string>; rawProps: string; message: string; rawMessage: string }
const unescape = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");

/** Parses the output the way the runner does: one command per line, `::kind k=v,k=v::message`. */
function parse(out: string): { cmds: Cmd[]; plain: string[] } {
  assert.ok(out.endsWith("\n"));
  const cmds: Cmd[] = [], plain: string[] = [];
  for (const line of out.slice(0, -1).split("\n")) {
    const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) { plain.push(line); continue; }
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
      const eq = kv.indexOf("=");
      props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
    }
    cmds.push({ kind: m[1], props, rawProps: m[2] ?? "", message: unescape(m[3]), rawMessage: m[3] });
  }
  return { cmds, plain };
}

test("escapeData and escapeProperty follow actions/toolkit", () => {
  assert.equal(escapeData("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
  assert.equal(escapeProperty("50% a\r\nb: c, d"), "50%25 a%0D%0Ab%3A c%2C d");
  // % first, so an existing "%0A" in the data survives as text.
  assert.equal(escapeData("%0A"), "%250A");
});

test("mixed report: golden output", () => {
  golden("github.txt", render(fixture("mixed")));
});

test("mixed report: at most 10 errors and 10 warnings, one per code first, then a notice", () => {
  const r = fixture("mixed");
  const { cmds, plain } = parse(render(r));
  const errors = cmds.filter((c) => c.kind === "error");
  const warnings = cmds.filter((c) => c.kind === "warning");
  const notices = cmds.filter((c) => c.kind === "notice");
  assert.equal(errors.length, 10);
  assert.equal(warnings.length, 10);
  assert.equal(notices.length, 1);
  // 15 error codes exist, so all ten slots go to different codes: file-level codes, then the biggest.
  const codes = errors.map((c) => c.props.title.split(" ")[0]);
  assert.equal(new Set(codes).size, 10, codes.join());
  assert.deepEqual(codes.slice(0, 5), ["header-missing-column", "source-error", "type-error", "row-extra-cells", "encoding-error"]);
  assert.match(notices[0].message, /85 more errors and 1 more warning not annotated/);
  assert.match(notices[0].message, /95 errors, 11 warnings in 4 files/);
  assert.equal(plain.length, 1);
  assert.match(plain[0], /^ingest-check: failed — 4 files \(2 with errors\), 1,260 rows \(91 invalid\), 95 errors, 11 warnings$/);
});

test("a path with a comma, colon and % is escaped in file= and decodes back", () => {
  const { cmds } = parse(render(fixture("mixed")));
  const b = cmds.filter((c) => c.props.file === "data/orders 2024,Q1:100%.csv");
  assert.ok(b.length >= 5);
  for (const c of b) assert.ok(c.rawProps.includes("file=data/orders 2024%2CQ1%3A100%25.csv"), c.rawProps);
});

test("file- and column-level defects get file= only; row defects get line and col", () => {
  const { cmds } = parse(render(fixture("mixed")));
  const src = cmds.find((c) => c.props.title === "source-error")!;
  assert.deepEqual(Object.keys(src.props).sort(), ["file", "title"]);
  assert.equal(src.props.file, "data/missing.csv");
  const nullMixed = cmds.find((c) => c.props.title === "null-mixed (age)")!;
  assert.deepEqual(Object.keys(nullMixed.props).sort(), ["file", "title"]);
  const te = cmds.find((c) => c.props.title === "type-error (age)")!;
  assert.equal(te.props.line, "4");
  assert.equal(te.props.col, "4");
  assert.match(te.message, /\[row 3, column "age" \(#4\)\] — 32 type-error defects in this file$/);
});

function one(message: string, column: string | null, extra: Partial<Defect> = {}): Report {
  const r = fixture("clean");
  const f = r.files[0];
  f.defects = [{ code: "custom", severity: "error", row: 1, line: 2, byteOffset: 0, column, columnIndex: 2, value: "v", message, ...extra }];
  f.byCode = { custom: 1 };
  r.summary.errors = 1; r.ok = false;
  return r;
}

test("CR, LF, %, colons and commas in data cannot break out of the command", () => {
  const msg = "a: b, 100%\r\n::warning file=x::injected\rend\n";
  const out = render(one(msg, "col:1,2%\n"));
  assert.ok(!out.includes("\r"));
  const lines = out.slice(0, -1).split("\n");
  assert.equal(lines.length, 2, "one annotation and the plain line, nothing injected");
  assert.ok(lines[0].startsWith("::error file=data/clean.csv,line=2,col=2,title=custom (col%3A1%2C2%25%0A)::"));
  const { cmds } = parse(out);
  assert.equal(cmds.length, 1);
  assert.equal(cmds[0].props.title, "custom (col:1,2%\n)");
  assert.ok(cmds[0].message.startsWith(msg));
  assert.ok(cmds[0].rawMessage.includes("a: b, 100%25%0D%0A::warning file=x::injected%0Dend%0A"));
});

test("one code in bulk: ten of it, and the notice counts the rest", () => {
  const r = fixture("clean");
  const f = r.files[0];
  f.defects = Array.from({ length: 25 }, (_, i) => ({ code: "type-error" as const, severity: "error" as const, row: i + 1, line: i + 2, byteOffset: null, column: "id", columnIndex: 1, value: "x", message: "id is \"x\"" }));
  f.byCode = { "type-error": 400 }; f.defectsTruncated = true;
  r.summary.errors = 400; r.ok = false;
  const { cmds } = parse(render(r));
  assert.equal(cmds.filter((c) => c.kind === "error").length, 10);
  assert.deepEqual(cmds.filter((c) => c.kind === "error").map((c) => c.props.line), ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
  assert.match(cmds.find((c) => c.kind === "notice")!.message, /^390 more errors not annotated/);
});

test("a clean report prints no annotation and no notice", () => {
  const { cmds, plain } = parse(render(fixture("clean")));
  assert.equal(cmds.length, 0);
  assert.deepEqual(plain, ["ingest-check: passed — 1 file (0 with errors), 10 rows (0 invalid), 0 errors, 0 warnings"]);
});

test("GITHUB_STEP_SUMMARY: the Markdown summary is appended; without it nothing is written", () => {
  const writes: [string, string][] = [];
  const writeFile = (p: string, t: string) => { writes.push([p, t]); };
  render(fixture("mixed"), { env: {}, writeFile });
  assert.equal(writes.length, 0);
  const out = render(fixture("mixed"), { env: { GITHUB_STEP_SUMMARY: "/runner/_temp/summary.md" }, writeFile });
  assert.equal(writes.length, 1);
  assert.equal(writes[0][0], "/runner/_temp/summary.md");
  assert.match(writes[0][1], /^## ingest-check: ❌ failed/);
  assert.match(writes[0][1], /\| 4 \| 1,260 \| 1,169 \| 91 \| 95 \| 11 \|/);
  assert.match(out, /see the job summary/);
});

test("the step summary stays under GitHub's 1 MiB cap with a note when cut", () => {
  const r = fixture("clean");
  const base = r.files[0];
  r.files = Array.from({ length: 3000 }, (_, k) => ({
    ...structuredClone(base),
    source: `data/part-${k}.csv`,
    byCode: { "type-error": 1000 },
    defects: Array.from({ length: 20 }, (_, i) => ({ code: "type-error" as const, severity: "error" as const, row: i + 1, line: i + 2, byteOffset: null, column: "city", columnIndex: 2, value: "x".repeat(200), message: "city is " + "x".repeat(200) })),
  }));
  r.summary.files = 3000; r.summary.errors = 3_000_000; r.ok = false;
  let text = "";
  render(r, { env: { GITHUB_STEP_SUMMARY: "/dev/null" }, writeFile: (_p, t) => { text = t; } });
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes <= 1_000_001, `summary is ${bytes} bytes`);
  assert.ok(bytes > 500_000, "the budget is used, not thrown away");
  assert.match(text, /Cut to fit the size limit.*GitHub caps a step summary at 1 MiB/s);
});
