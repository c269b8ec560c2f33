// The output-path planner (src/pipeline/outputs.ts): the QA repros of 2026-12-01 (items 1, 4, 5) on the built CLI, in scratch folders.
import { describe, it, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Report } from "../../src/types.js";
import { outputNames } from "../../src/pipeline/outputs.js";
import { BIN, runCli } from "../helpers/cli.js";
import { FIXTURES } from "../helpers/report.js";

const root = mkdtempSync(join(tmpdir(), "ic-outputs-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** A fresh scratch folder holding `files` (path → text or bytes); the CLI runs in it, as in the QA repros. */
function scratch(files: Record<string, string | Buffer>): { dir: string; run: (args: string[]) => ReturnType<typeof runCli> } {
  const dir = mkdtempSync(join(root, "s-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, ".."), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return { dir, run: (args) => runCli(args, { cwd: dir }) };
}

const lines = (p: string) => readFileSync(p, "utf8").trim().split("\n");

/** Exit 2 with one line on standard error, no stack trace; the message matches. */
function refused(r: ReturnType<typeof runCli>, message: RegExp): void {
  assert.equal(r.code, 2, `exit ${r.code}: ${r.stderr}`);
  assert.equal(r.stderr.trim().split("\n").length, 1, `one line: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
}

describe("outputs: each input gets its own --clean/--rejects file (QA item 1)", () => {
  it("the same base name in two folders: two files, and every valid row is written", () => {
    const s = scratch({ "in/a/data.csv": "id,v\n1,a\n2,b\n", "in/b/data.csv": "id,v\n3,c\n4,d\n", "out/.keep": "" });
    const r = s.run(["in", "--clean", "out", "-q", "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.deepEqual(readdirSync(join(s.dir, "out")).filter((f) => f.endsWith(".csv")).sort(), ["a__data.csv.clean.csv", "b__data.csv.clean.csv"]);
    assert.deepEqual(lines(join(s.dir, "out/a__data.csv.clean.csv")), ["id,v", "1,a", "2,b"]);
    assert.deepEqual(lines(join(s.dir, "out/b__data.csv.clean.csv")), ["id,v", "3,c", "4,d"]);
    assert.equal(report.summary.validRows, 4, "the report's valid rows are the rows written");
  });

  it("x.csv and x.csv.gz, data.csv and data.tsv: distinct names; a lone name keeps <name>.clean.csv", () => {
    const s = scratch({ "in/x.csv": "id\n1\n", "in/x.csv.gz": gzipSync("id\n2\n"), "in/data.csv": "id,v\n1,a\n", "in/data.tsv": "id\tv\n2\tb\n", "in/solo.csv": "id\n3\n" });
    mkdirSync(join(s.dir, "out"));
    mkdirSync(join(s.dir, "rej"));
    const r = s.run(["in", "--clean", "out/", "--rejects", "rej/", "-q", "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(join(s.dir, "out")).sort(), ["data.csv.clean.csv", "data.tsv.clean.csv", "solo.clean.csv", "x.csv.clean.csv", "x.csv.gz.clean.csv"]);
    assert.deepEqual(readdirSync(join(s.dir, "rej")).sort(), ["data.csv.rejects.csv", "data.tsv.rejects.csv", "solo.rejects.csv", "x.csv.gz.rejects.csv", "x.csv.rejects.csv"]);
    assert.deepEqual(lines(join(s.dir, "out/x.csv.gz.clean.csv")), ["id", "2"]);
    assert.deepEqual(lines(join(s.dir, "out/data.tsv.clean.csv")), ["id,v", "2,b"]);
  });

  it("outputNames: deterministic, lengthened only on a clash (stem, then base name, then the path below the common folder)", () => {
    assert.deepEqual(outputNames(["d/a.csv", "d/b.csv.gz", "-"]), ["a", "b", "stdin"]);
    assert.deepEqual(outputNames(["d/x.csv", "d/x.csv.gz"]), ["x.csv", "x.csv.gz"]);
    assert.deepEqual(outputNames(["in/a/x.csv", "in/b/x.csv", "in/b/x.tsv"]), ["a__x.csv", "b__x.csv", "x.tsv"]);
    assert.deepEqual(outputNames(["in/b/x.csv", "in/a/x.csv"]), ["b__x.csv", "a__x.csv"], "a name does not depend on the order");
  });

  it("a clash left after lengthening is refused before reading: exit 2, nothing written", () => {
    const s = scratch({ "in/a/x.csv": "id\n1\n", "in/b/x.csv": "id\n2\n", "in/a__x.csv.csv": "id\n3\n", "out/.keep": "" });
    refused(s.run(["in", "--clean", "out/", "-q"]), /two inputs would write the same --clean file .*a__x\.csv\.clean\.csv/);
    assert.deepEqual(readdirSync(join(s.dir, "out")), [".keep"]);
  });

  it("the same input named twice with --clean is read once and written once (resolve lists it once)", () => {
    const s = scratch({ "a.csv": "id\n1\n", "out/.keep": "" });
    const r = s.run(["a.csv", "./a.csv", "--clean", "out/", "-q", "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as Report).summary.rows, 1);
    assert.deepEqual(lines(join(s.dir, "out/a.clean.csv")), ["id", "1"]);
  });
});

describe("outputs: folder or file decided up front (QA item 4)", () => {
  it("the README's cron command with exactly one landed file writes accepted/<name>.clean.csv", () => {
    const s = scratch({ "landing/only.csv": "id,v\n1,a\n", "accepted/.keep": "", "quarantine/.keep": "" });
    const r = s.run(["landing/", "--clean", "accepted/", "--rejects", "quarantine/", "-q", "--format", "ndjson"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(join(s.dir, "accepted/only.clean.csv")), ["id,v", "1,a"]);
    assert.deepEqual(lines(join(s.dir, "quarantine/only.rejects.csv")), ["id,v,_line,_codes,_extra,_cells"]);
  });

  it("one file and --clean naming an existing folder (no trailing /): the folder gets <name>.clean.csv", () => {
    const s = scratch({ "in.csv": "id\n1\n", "existing-dir/.keep": "" });
    const r = s.run(["in.csv", "--clean", "existing-dir", "-q"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(join(s.dir, "existing-dir/in.clean.csv")), ["id", "1"]);
  });

  it("a folder input with one file and --clean c.csv: refused (the meaning must not change when a second file lands)", () => {
    const s = scratch({ "landing/only.csv": "id\n1\n" });
    refused(s.run(["landing", "--clean", "c.csv", "-q"]), /--clean c\.csv: no such folder/);
    assert.equal(existsSync(join(s.dir, "c.csv")), false);
  });

  it("several inputs and --clean naming an existing file: refused, the file untouched", () => {
    const s = scratch({ "a.csv": "id\n1\n", "b.csv": "id\n2\n", "c.csv": "keep me\n" });
    refused(s.run(["a.csv", "b.csv", "--clean", "c.csv", "-q"]), /--clean c\.csv is a file, but with several inputs/);
    assert.equal(readFileSync(join(s.dir, "c.csv"), "utf8"), "keep me\n");
  });

  it("--report or --html naming a folder, or a file in a missing folder: refused", () => {
    const s = scratch({ "a.csv": "id\n1\n", "dir/.keep": "" });
    refused(s.run(["a.csv", "--report", "dir", "-q"]), /--report dir is a folder/);
    refused(s.run(["a.csv", "--html", "nowhere/r.html", "-q"]), /--html nowhere\/r\.html: the folder nowhere does not exist/);
  });

  it("output paths are checked before any input is read: standard input left open, a bad --clean still ends at once", async () => {
    const s = scratch({});
    // why standard input left open: a tool that read before checking would wait for it forever (killed: the test fails)
    const child = spawn(process.execPath, [BIN, "-", "--clean", "missing/", "-q"], { cwd: s.dir, env: { PATH: process.env.PATH, CI: "1" } });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => { stderr += b.toString(); });
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    const code = await new Promise<number | null>((res) => child.on("close", (c) => res(c)));
    clearTimeout(killer);
    child.stdin.destroy();
    assert.equal(code, 2, `ended with ${code}: ${stderr}`);
    assert.match(stderr, /--clean missing\/: no such folder/);
  });
});

describe("outputs: an output is never an input or another output (QA item 5)", () => {
  it("--clean equal to the input (as named, as ./name, through a symlink): refused, the input unchanged", () => {
    const s = scratch({ "in.csv": "id,v\n1,a\n2\n" });
    symlinkSync("in.csv", join(s.dir, "link.csv"));
    for (const p of ["in.csv", "./in.csv", "link.csv"]) {
      refused(s.run(["in.csv", "--clean", p, "-q", "--format", "json"]), /is the input in\.csv/);
    }
    assert.equal(readFileSync(join(s.dir, "in.csv"), "utf8"), "id,v\n1,a\n2\n");
  });

  it("--clean and --rejects on one path: refused, nothing written", () => {
    const s = scratch({ "in2.csv": "id,v\n1,a\n2\n" });
    refused(s.run(["in2.csv", "--clean", "out.csv", "--rejects", "out.csv", "-q"]), /--clean and --rejects name the same file out\.csv/);
    assert.equal(existsSync(join(s.dir, "out.csv")), false);
  });

  it("--report equal to the input, or to --html: refused", () => {
    const s = scratch({ "in.csv": "id\n1\n" });
    refused(s.run(["in.csv", "--report", "in.csv", "-q"]), /--report in\.csv is the input in\.csv/);
    refused(s.run(["in.csv", "--report", "r.json", "--html", "./r.json", "-q"]), /--report and --html name the same file/);
    assert.equal(readFileSync(join(s.dir, "in.csv"), "utf8"), "id\n1\n");
  });

  it("an output equal to the --schema or --baseline file, or to --state: refused, the file unchanged", () => {
    const schema = JSON.stringify({ fields: [{ name: "id", type: "integer" }] });
    const s = scratch({ "in.csv": "id\n1\n", "s.json": schema });
    refused(s.run(["in.csv", "--schema", "s.json", "--report", "s.json", "-q"]), /--report s\.json is the --schema file s\.json/);
    const baseline = s.run(["profile", "in.csv"]).stdout;
    writeFileSync(join(s.dir, "b.json"), baseline);
    refused(s.run(["in.csv", "--baseline", "b.json", "--html", "./b.json", "-q"]), /--html \.\/b\.json is the --baseline file b\.json/);
    assert.equal(readFileSync(join(s.dir, "b.json"), "utf8"), baseline);
    refused(s.run(["in.csv", "--state", "st.json", "--report", "st.json", "-q"]), /--report and --state name the same file st\.json/);
    assert.equal(readFileSync(join(s.dir, "s.json"), "utf8"), schema);
  });

  it("an s3:// output is refused up front (it used to become a local folder named s3:)", () => {
    const s = scratch({ "in.csv": "id\n1\n" });
    refused(s.run(["in.csv", "--clean", "s3://bucket/clean/", "-q"]), /--clean s3:\/\/bucket\/clean\/: outputs are local paths/);
  });

  it("a --clean folder inside the input folder: refused (the next run would read the outputs as input)", () => {
    const s = scratch({ "landing/a.csv": "id\n1\n", "landing/ok/.keep": "" });
    refused(s.run(["landing", "--clean", "landing/ok/", "-q"]), /inside the input folder landing/);
  });

  it("a fixture input and outputs elsewhere still work (no false refusal)", () => {
    const s = scratch({});
    copyFileSync(join(FIXTURES, "clean.csv"), join(s.dir, "clean.csv"));
    const r = s.run(["clean.csv", "--clean", "clean.out.csv", "--rejects", "rejects.csv", "--report", "r.json", "--html", "r.html", "-q"]);
    assert.equal(r.code, 0, r.stderr);
    for (const f of ["clean.out.csv", "rejects.csv", "r.json", "r.html"]) assert.ok(existsSync(join(s.dir, f)), f);
  });
});
