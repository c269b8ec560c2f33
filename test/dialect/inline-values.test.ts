// inlineValueNotes and the inline-notes-cut warning: a word cut from a row as a `#` note is said, never silent.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inlineValueNotes } from "../../src/dialect/inline-values.js";
import { runCli } from "../helpers/cli.js";
import { assertReport } from "../helpers/report.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/unit-letters-after-hash-under-hash-notes.csv";

test("inlineValueNotes: unit letters after ` # ` (`12 Main St # B`) under `#` notes: 3 lines, the first named", () => {
  assert.deepEqual(inlineValueNotes(readFileSync(FIXTURE, "utf8"), "#", true), { lines: 3, line: 4, value: "Ann,12 Main St # B" });
});

test("the built CLI: the fixture's cut is one inline-notes-cut warning (it was silent); `Suite #C` (no blank after the mark) stays whole", () => {
  const dir = mkdtempSync(join(tmpdir(), "inline-values-"));
  const clean = join(dir, "clean.csv");
  const r = runCli([FIXTURE, "--format", "json", "--clean", clean]);
  const report = JSON.parse(r.stdout) as Report;
  assertReport(report);
  const f = report.files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.severity, d.line]), [["inline-notes-cut", "warning", 4]]);
  assert.match(f.defects[0].message, /on 3 lines of the sample .*--comment ''/);
  assert.deepEqual([f.rows.total, f.errors, r.code], [5, 0, 0]);
  assert.deepEqual(readFileSync(clean, "utf8").split("\n").slice(1, 6), ["Ann,12 Main St", "Bob,4 Elm Rd Suite #C", "Cy,9 Oak Ave", "Dee,3 Pine Ct", "Ed,5 Ash Rd"]);
  rmSync(dir, { recursive: true });
});

test("inlineValueNotes: notes that are plainly notes are not counted (after a TAB, of several words, `#` then two blanks)", () => {
  const tabs = ["Afgooye,4205,15,-43\t\t\t# Somalia", "Arc 1950,4209,5,-143\t\t# Africa - Botswana"].join("\n");
  assert.equal(inlineValueNotes(tabs, "#", false), null);
  const words = ["0041..005A    ; L # L&  [26] LATIN CAPITAL LETTER A..Z", "0061..007A    ; L # L&  [26] LATIN SMALL LETTER A..Z"].join("\n");
  assert.equal(inlineValueNotes(words, "#", true), null);
  const layout = ["2ADC    #  FORKING", "1D15E   #  MUSICAL SYMBOL HALF NOTE"].join("\n");
  assert.equal(inlineValueNotes(layout, "#", false), null);
  // a one-word note after two spaces and `# ` is a note after padding, in the wide form as in the spaced one
  // (a word glued to the mark, `Room  #4`, is counted: see glued-value-notes.test.ts; so is a lone capital or a
  // number, `Room  # 4`, since wlay21: see unit-after-padded-hash.test.ts)
  assert.equal(inlineValueNotes("Ann,Room  # lobby\n# note\n", "#", false), null);
});

test("near miss: one-word notes after padding (`web,80  # http`, DuckDB's `6;7    #test`) or after a number are not counted", () => {
  const services = ["# services", "name,port", "web,80  # http", "tls,443  # https", "ssh,22  # secure", "mail,25  # smtp", "dns,53"].join("\n");
  assert.equal(inlineValueNotes(services, "#", true), null);
  assert.equal(inlineValueNotes("# Add one full line comment :-)\na;b\n1;3   #  5;7\n6;7    #test", "#", true), null);
  assert.equal(inlineValueNotes(services.replace(/  #/g, " #"), "#", true), null);
});

test("the built CLI: the services list with notes after two spaces has no warning", () => {
  const r = runCli(["-", "--format", "json"], { stdin: "# services\nname,port\nweb,80  # http\ntls,443  # https\nssh,22  # secure\nmail,25  # smtp\ndns,53\n" });
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual([f.defects.map((d) => d.code), f.rows.total], [[], 5]);
});
