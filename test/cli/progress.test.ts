// The progress bar: drawn on stderr under a pseudo-terminal, never when stderr is a pipe, with --quiet, or in CI.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = join(process.cwd(), "dist/bin/ingest-check.js");
const hasScript = existsSync("/usr/bin/script");

function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "ic-progress-"));
  const path = join(dir, "rows.csv");
  let text = "id,name,amount\n";
  for (let i = 1; i <= 20000; i++) text += `${i},name ${i},${(i * 1.5).toFixed(2)}\n`;
  writeFileSync(path, text);
  return path;
}

/** Runs the CLI under `script`, which gives it a pseudo-terminal; returns what the terminal showed. */
function underPty(args: string[], env: Record<string, string>): string {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const { CI: _ci, GITHUB_ACTIONS: _ga, ...base } = process.env;
  const r = spawnSync("script", ["-qfec", cmd, "/dev/null"], { env: { ...base, INGEST_CHECK_PROGRESS_DELAY_MS: "0", ...env }, encoding: "utf8", timeout: 60_000 });
  return r.stdout;
}

test("progress bar", { skip: hasScript ? false : "util-linux `script` is not installed" }, async (t) => {
  const file = dataFile();

  await t.test("a terminal shows bytes, rows, rows/s and time left, then clears the line", () => {
    const out = underPty([file, "--format", "json"], { NO_COLOR: "1" });
    assert.match(out, /\r.*\d[\d,]* rows {2}[\d,]+ rows\/s/);
    assert.match(out, /\d+% [\d.]+ (KB|MB)\/[\d.]+ (KB|MB)/);
    assert.match(out, /left/);
    assert.ok(out.includes("\r\u001b[K"), "the bar's line is cleared at the end");
    assert.ok(!out.includes("\u001b[36m"), "NO_COLOR: no colour codes");
  });

  await t.test("FORCE_COLOR colours the bar", () => {
    const out = underPty([file, "--format", "json"], { FORCE_COLOR: "1" });
    assert.ok(out.includes("\u001b[36m"));
  });

  await t.test("--quiet draws nothing", () => {
    const out = underPty([file, "--format", "json", "-q"], {});
    assert.doesNotMatch(out, /rows\/s/);
  });

  await t.test("CI=1 draws nothing, even on a terminal", () => {
    const out = underPty([file, "--format", "json"], { CI: "1" });
    assert.doesNotMatch(out, /rows\/s/);
  });

  await t.test("a pipe on stderr draws nothing", () => {
    const { CI: _ci, ...base } = process.env;
    const r = spawnSync(process.execPath, [BIN, file, "--format", "json"], { env: { ...base, INGEST_CHECK_PROGRESS_DELAY_MS: "0" }, encoding: "utf8" });
    assert.equal(r.status, 0);
    assert.equal(r.stderr, "");
  });
});

// QA 2026-12-01 item 17: on a file read in parts by worker threads the bar advanced in bytes but always said "0 rows".
test("progress bar on a file split across threads counts rows while it runs", { skip: hasScript ? false : "util-linux `script` is not installed" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "ic-progress-split-"));
  const path = join(dir, "split.csv");
  // 17 MiB, past the 16 MiB at which a file with a schema is read in parts (--jobs 2)
  const chunk: string[] = [];
  for (let i = 0; i < 100_000; i++) chunk.push(`${i},${i % 10 ? i : "x"}\n`);
  const block = chunk.join("");
  let text = "id,n\n";
  while (text.length < 17 * 1024 * 1024) text += block;
  writeFileSync(path, text);
  const schema = join(dir, "s.json");
  writeFileSync(schema, JSON.stringify({ fields: [{ name: "id", type: "integer" }, { name: "n", type: "integer" }] }));
  const out = underPty([path, "--schema", schema, "--jobs", "2", "--format", "json"], { NO_COLOR: "1" });
  const counts = [...out.matchAll(/(\d+)% [^\r]*? ([\d,]+) rows {2}[\d,]+ rows\/s/g)].map((m) => ({ pct: Number(m[1]), rows: Number(m[2].replace(/,/g, "")) }));
  assert.ok(counts.length > 0, `the bar was drawn: ${out.slice(0, 300)}`);
  assert.ok(counts.some((c) => c.pct < 100 && c.rows > 0), `rows counted before the end: ${JSON.stringify(counts)}`);
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i].rows >= counts[i - 1].rows, "the count never goes back");
});
