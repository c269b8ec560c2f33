// The GitHub Action entry: inputs → CLI arguments (always), and a real run of the bundle (once the CLI is built).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "./helpers.js";

// @ts-expect-error: a plain .mjs script without type declarations
const entry: { argvFromInputs(env: Record<string, string>): string[]; splitArgs(s: string): string[] } = await import("../../scripts/action-entry.mjs");

const CLI = join(ROOT, "dist", "src", "cli", "main.js");
const noCli = !existsSync(CLI) && `${CLI} does not exist yet (the lead's CLI; run npm run build once src/cli/main.ts exports main)`;

test("inputs become CLI arguments: github format, schema, fail-on, args, one path per line", () => {
  const argv = entry.argvFromInputs({
    INPUT_PATHS: "data/a.csv\n  data/b c.csv \n\n",
    INPUT_SCHEMA: "schema.json",
    "INPUT_FAIL-ON": "warning",
    INPUT_ARGS: `--rule "row-blank=off" --html 'out dir/r.html'`,
  });
  assert.deepEqual(argv, ["--format", "github", "--schema", "schema.json", "--fail-on", "warning",
    "--rule", "row-blank=off", "--html", "out dir/r.html", "data/a.csv", "data/b c.csv"]);
});

test("optional inputs may be empty; a path like an option is kept a path", () => {
  assert.deepEqual(entry.argvFromInputs({ INPUT_PATHS: "-odd.csv", INPUT_SCHEMA: "", "INPUT_FAIL-ON": "" }), ["--format", "github", "--", "-odd.csv"]);
  assert.deepEqual(entry.argvFromInputs({ INPUT_PATHS: "-" }), ["--format", "github", "-"]);
  assert.throws(() => entry.argvFromInputs({ INPUT_PATHS: " \n " }), /paths/);
});

test("splitArgs: quotes and backslashes as in a shell, no expansion", () => {
  assert.deepEqual(entry.splitArgs(`a "b c" d\\ e '' f '$HOME'`), ["a", "b c", "d e", "", "f", "$HOME"]);
  assert.throws(() => entry.splitArgs(`"open`), /unclosed/);
});

test("the bundled action annotates a bad CSV, writes the step summary and exits 1", { skip: noCli }, () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-action-"));
  try {
    // Bundled into the temp dir so the test never rewrites files of the working tree.
    const b = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle.mjs"), "--outdir", dir], { cwd: ROOT, encoding: "utf8" });
    assert.equal(b.status, 0, b.stderr);
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    writeFileSync(summary, "");
    const env = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      INPUT_PATHS: "fixtures/report/data/bad.csv\nfixtures/report/data/good.csv",
      INPUT_SCHEMA: "fixtures/report/data/bad.schema.json",
      "INPUT_FAIL-ON": "error",
      INPUT_ARGS: "",
    };
    const r = spawnSync(process.execPath, [join(dir, "action.cjs")], { cwd: ROOT, env, encoding: "utf8" });
    assert.equal(r.status, 1, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
    assert.match(r.stdout, /^::error file=fixtures\/report\/data\/bad\.csv,line=3,col=3,title=type-error \(age\)::/m);
    assert.match(r.stdout, /^::error file=fixtures\/report\/data\/bad\.csv,line=4,col=3,title=minimum \(age\)::/m);
    assert.doesNotMatch(r.stdout, /good\.csv,line=/);
    const md = readFileSync(summary, "utf8");
    assert.match(md, /^## ingest-check: ❌ failed/);
    assert.match(md, /`fixtures\/report\/data\/good\.csv`/);
    assert.equal(readFileSync(output, "utf8"), "exit-code=1\n");

    const ok = spawnSync(process.execPath, [join(dir, "action.cjs")], {
      cwd: ROOT, env: { ...env, INPUT_PATHS: "fixtures/report/data/good.csv" }, encoding: "utf8",
    });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.doesNotMatch(ok.stdout, /^::error/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
