// The pre-commit hook: a throw-away repository whose local hook runs the bundled CLI on staged CSV files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { ROOT } from "./helpers.js";

const CLI = join(ROOT, "dist", "src", "cli", "main.js");
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const skip = !existsSync(CLI) ? `${CLI} does not exist yet (the lead's CLI; run npm run build once src/cli/main.ts exports main)`
  : !has("pre-commit") ? "pre-commit is absent: apt-get install -y pre-commit"
  : !has("git") ? "git is absent" : false;

test(".pre-commit-hooks.yaml declares the ingest-check hook for csv/tsv(.gz)", () => {
  const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];
  const h = hooks.find((x) => x.id === "ingest-check")!;
  assert.ok(h);
  assert.equal(h.entry, "ingest-check");
  assert.equal(h.language, "node");
  const re = new RegExp(String(h.files));
  for (const f of ["a.csv", "d/b.tsv", "c.csv.gz", "x.tsv.gz"]) assert.ok(re.test(f), f);
  for (const f of ["a.csv.bak", "b.json", "csv", "a.gz"]) assert.ok(!re.test(f), f);
});

test("a commit with a bad CSV fails with the defect; a good CSV passes", { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-precommit-"));
  const bundleDir = join(dir, ".bundle");
  const b = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle.mjs"), "--outdir", bundleDir], { cwd: ROOT, encoding: "utf8" });
  assert.equal(b.status, 0, b.stderr);
  const env = { ...process.env, HOME: dir, PRE_COMMIT_HOME: join(dir, ".cache"), GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.invalid" };
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, env, encoding: "utf8" });
  try {
    assert.equal(run("git", ["init", "-q"]).status, 0);
    // Why repo: local + language: system: the hook runs the bundle built from this checkout, with no network.
    writeFileSync(join(dir, ".pre-commit-config.yaml"), [
      "repos:",
      "  - repo: local",
      "    hooks:",
      "      - id: ingest-check",
      "        name: ingest-check",
      `        entry: ${JSON.stringify(`${process.execPath} ${join(bundleDir, "ingest-check.cjs")}`)}`,
      "        language: system",
      "        files: '\\.(csv|tsv)(\\.gz)?$'",
      "",
    ].join("\n"));
    assert.equal(run("git", ["add", ".pre-commit-config.yaml"]).status, 0);
    const inst = run("pre-commit", ["install"]);
    assert.equal(inst.status, 0, inst.stdout + inst.stderr);

    copyFileSync(join(ROOT, "fixtures", "report", "data", "good.csv"), join(dir, "good.csv"));
    assert.equal(run("git", ["add", "good.csv"]).status, 0);
    const good = run("git", ["commit", "-q", "-m", "good"]);
    assert.equal(good.status, 0, good.stdout + good.stderr);

    writeFileSync(join(dir, "bad.csv"), "id,name\n1,Ann\n2,Bob,extra\n");
    assert.equal(run("git", ["add", "bad.csv"]).status, 0);
    const bad = run("git", ["commit", "-q", "-m", "bad"]);
    assert.notEqual(bad.status, 0, "the commit is refused");
    assert.match(bad.stdout + bad.stderr, /row-extra-cells/);
    assert.match(bad.stdout + bad.stderr, /ingest-check\.+Failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
