// jsonRun and golden: a CLI run's checked JSON report, compared whole with an expected file (UPDATE_EXPECTED=1 rewrites it).
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Report } from "../../src/types.js";
import { assertReport, normalise } from "./report.js";
import { runCli } from "./cli.js";

/** Runs the built CLI with --format json; the report is checked against the report schema and its accounting. */
export function jsonRun(args: string[]): { code: number; report: Report; stderr: string } {
  const r = runCli([...args, "--format", "json"]);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  return { code: r.code, report, stderr: r.stderr };
}

/** Compares the normalised report with `<dir>/<name>.json`; `suite` is the test path to name in the message. */
export function golden(dir: string, name: string, report: Report, suite: string): void {
  const file = join(dir, `${name}.json`);
  const got = normalise(report);
  if (process.env.UPDATE_EXPECTED === "1") writeFileSync(file, JSON.stringify(got, null, 2) + "\n");
  assert.ok(existsSync(file), `${file} is missing: run UPDATE_EXPECTED=1 node scripts/run-tests.mjs ${suite} and review it`);
  assert.deepEqual(got, JSON.parse(readFileSync(file, "utf8")));
}
