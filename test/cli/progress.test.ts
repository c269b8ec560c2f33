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
