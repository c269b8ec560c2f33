// cliReport / matchExpected: runs the BUILT CLI with --format json and compares the whole report with a reviewed file.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Report } from "../../src/types.js";
import { runCli } from "./cli.js";
import { assertReport, normalise } from "./report.js";

/** The CLI's JSON report (checked against the report schema and its accounting), exit code and standard error. */
export function cliReport(args: string[]): { code: number; stderr: string; report: Report } {
  const r = runCli([...args, "--format", "json"]);
  let report: Report;
  try { report = JSON.parse(r.stdout) as Report; } catch { assert.fail(`stdout is not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr}`); }
  assertReport(report);
  return { code: r.code, stderr: r.stderr, report };
}

/**
 * The report (durationMs zeroed) equals the reviewed file; `UPDATE_EXPECTED=1` writes it instead, to be read
 * by hand before committing: the expected values must be right, not merely what the tool prints.
 */
export function matchExpected(report: Report, file: string): void {
  const got = normalise(report);
  if (process.env.UPDATE_EXPECTED === "1") writeFileSync(file, JSON.stringify(got, null, 2) + "\n");
  else if (!existsSync(file)) assert.fail(`${file} is missing: run UPDATE_EXPECTED=1 node scripts/run-tests.mjs <this test> and review it`);
  assert.deepEqual(got, JSON.parse(readFileSync(file, "utf8")));
}
