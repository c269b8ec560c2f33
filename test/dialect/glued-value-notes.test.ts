// inlineValueNotes on a word glued to the mark after padding (`Room  #4`): a value cut as a note, now warned.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inlineValueNotes } from "../../src/dialect/inline-values.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/room-numbers-glued-to-hash-after-padding-among-notes.txt";

test("inlineValueNotes: room numbers glued to the mark after two spaces (`Room  #4`) among `# ` notes: 2 lines", () => {
  assert.deepEqual(inlineValueNotes(readFileSync(FIXTURE, "utf8"), "#", false), { lines: 2, line: 4, value: "Bob,Room  #4" });
  // a hashtag, and a glued word after a TAB, are counted the same way
  assert.equal(inlineValueNotes("a,Hall  # main door\nb,love it  #summer\n", "#", false)?.lines, 1);
  assert.equal(inlineValueNotes("a,Hall\t# main door\nb,Room\t#4\n", "#", false)?.lines, 1);
});

test("the built CLI: the fixture's two cut room numbers are one inline-notes-cut warning (they were cut silently)", () => {
  const dir = mkdtempSync(join(tmpdir(), "glued-notes-"));
  const clean = join(dir, "clean.csv");
  const r = runCli([FIXTURE, "--format", "json", "--clean", clean]);
  const f = (JSON.parse(r.stdout) as Report).files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["inline-notes-cut", 4]]);
  assert.match(f.defects[0].message, /on 2 lines of the sample .*Bob,Room {2}#4/);
  assert.deepEqual([f.rows.total, f.errors], [7, 0]);
  rmSync(dir, { recursive: true });
});

test("near miss: `# ` notes of one word after padding or a code, and marks with no blank before, are not counted", () => {
  // dcmtk's query dumps: a tag's name after padding and `# ` is the note the file writes on every line
  const dump = ["(0010,0010) PN []                                       # PatientName", "(0008,0050) SH []                                       # AccessionNumber"].join("\n");
  assert.equal(inlineValueNotes(dump, "#", false), null);
  // Unicode's collation keys: hex codes hold letters, but no word (these were warned before)
  const keys = ["@implicitweights 1B170..1B2FF; FB01 # Nushu", "0026  ; [*02A7.0020.0002.0026] # AMPERSAND"].join("\n");
  assert.equal(inlineValueNotes(keys, "#", true), null);
  // `C#` and `No. #5`: no blank, or one blank, before a glued mark; the parser keeps them whole
  assert.equal(inlineValueNotes("a,Hall  # main door\nb,C#  dev\nc,No. #5\n", "#", true), null);
});

test("the built CLI: `C#  dev` and `No. #5` among `# ` notes stay whole, with no warning", () => {
  const dir = mkdtempSync(join(tmpdir(), "glued-notes-"));
  const clean = join(dir, "clean.csv");
  const r = runCli(["-", "--format", "json", "--clean", clean], { stdin: "# rooms\nname,place\na,Hall  # main door\nb,Yard  # back side\nc,Barn  # north gate\nd,C#  dev\ne,No. #5\n" });
  assert.deepEqual((JSON.parse(r.stdout) as Report).files[0].defects.map((d) => d.code), []);
  assert.deepEqual(readFileSync(clean, "utf8").trim().split("\n").slice(-2), ["d,C#  dev", "e,No. #5"]);
  rmSync(dir, { recursive: true });
});

const GAPS = "fixtures/dialect/room-numbers-glued-to-hash-trailing-blank-second-tag-or-digit-cell.txt";

test("inlineValueNotes: a glued value with a trailing blank (`Room  #4 `), a second tag (`#5 #6`), or after `(Annex)`/`Room2`: 4 lines", () => {
  assert.deepEqual(inlineValueNotes(readFileSync(GAPS, "utf8"), "#", false), { lines: 4, line: 4, value: "Bob,Room  #4" });
});

test("the built CLI: the four cut values are one inline-notes-cut warning (they were cut silently)", () => {
  const f = (JSON.parse(runCli([GAPS, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["inline-notes-cut", 4]]);
  assert.match(f.defects[0].message, /on 4 lines of the sample/);
});

test("near miss: a glued value after a cell with no letter (DuckDB's `6;7    #test`) and a ruler (`#----`) are not counted", () => {
  assert.equal(inlineValueNotes("a;b\n1;3   #  5;7\n6;7    #test \n", "#", false), null);
  assert.equal(inlineValueNotes("a,Hall  # main door\nb,Yard  #-------- \n", "#", false), null);
  // `St  # B` (padding, mark, space, a lone capital) is counted since wlay21: see unit-after-padded-hash.test.ts
});

const TODO = "fixtures/dialect/todo-markers-glued-to-hash-among-notes.txt";

test("inlineValueNotes: a coder's marker word glued to the mark (`#TODO`, `#FIXME`) among `# ` notes is a note, not counted", () => {
  assert.equal(inlineValueNotes(readFileSync(TODO, "utf8"), "#", false), null);
  const f = (JSON.parse(runCli([TODO, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.defects.map((d) => d.code), f.rows.total], [[], 5]);
});

test("near miss: a glued word in lower case or a marker inside a word (`#todos`, `#TODOLIST`) is still counted", () => {
  assert.equal(inlineValueNotes("a,Hall  # main door\nb,list  #todos\nc,list  #TODOLIST\n", "#", false)?.lines, 2);
});
