// assertHeaderKept: a one-column list whose first line a rule must refuse to take for an entry keeps it as the header, sniffer and CLI alike.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "./cli.js";
import type { Report } from "../../src/types.js";

/**
 * Asserts that `unit` refuses the first line of `file` above the lines below, that the sniffer reads it as the header
 * and that the CLI names the column after it with one row a line below; returns the file's non-empty lines.
 */
export function assertHeaderKept(file: string, unit: (head: string, values: string[]) => boolean): string[] {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n").filter((l) => l !== "");
  assert.equal(unit(lines[0], lines.slice(1)), false);
  assert.equal(sniffDialect(text, true).header, true);
  const f = (JSON.parse(runCli([file, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total], [[lines[0]], lines.length - 1]);
  return lines;
}
