// inlineValueNotes on a unit after padding and `# ` (`12 Main St  # B`): a value cut as a note, now warned (wlay21).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { inlineValueNotes } from "../../src/dialect/inline-values.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/unit-letter-after-padded-hash-among-notes.csv";

test("inlineValueNotes: a capital or a short token with a digit after padding and `# ` (`12 Main St  # B`, `# 12A`): 2 lines", () => {
  assert.deepEqual(inlineValueNotes(readFileSync(FIXTURE, "utf8"), "#", false), { lines: 2, line: 3, value: "Ann,12 Main St  # B" });
});

test("the built CLI: the two cut units are one inline-notes-cut warning (they were cut silently)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["inline-notes-cut", 3]]);
  assert.match(f.defects[0].message, /on 2 lines of the sample/);
});

test("near miss: a word after padding and `# ` (dcmtk's `PN []    # PatientName`), or a unit after a cell ending in no word, is a note", () => {
  const dump = ["# Worklist query", "(0010,0010) PN []                 # PatientName", "(0008,0060) CS []                 # Modality", "(0040,0100) SQ                    # Item"].join("\n");
  assert.equal(inlineValueNotes(dump, "#", false), null);
  assert.equal(inlineValueNotes("a,Hall  # main door\nweb,80  # B\ntls,443  # 2\n", "#", false), null);
  assert.equal(inlineValueNotes("a,Hall  # main door\nb,Main St  # ok\nc,Elm Rd  # Gone\n", "#", false), null);
});

test("near miss: a priority, version, rank or issue number after a word that is no address (`open  # P1`) is a note", () => {
  const backlog = "# sprint backlog, exported 2024-03-01\ntask,owner,state\nlogin page,Ann,open  # P1\nsearch box,Bob,done  # P2\n" +
    "export csv,Cy,open  # see notes\nsettings,Dee,open  # waiting on design\ndark mode,Ed,done\n";
  assert.equal(inlineValueNotes(backlog, "#", false), null);
  assert.equal(inlineValueNotes("key,value\nmode,fast  # v2\nlevel,high  # 3\nlang,en  # default\nsize,10  # fallback\n", "#", false), null);
  assert.equal(inlineValueNotes("host,role\nweb1,primary  # rack A\nweb2,replica  # B\nweb3,replica  # rack C\n", "#", false), null);
  assert.equal(inlineValueNotes("module,state\nlexer,ok  # reviewed\nparser,fixed  # 1234\n", "#", false), null);
  // a unit word before the mark is an address (`Suite  # 200`)
  assert.deepEqual(inlineValueNotes("a,Hall  # main door\nb,Suite  # 200\n", "#", false), { lines: 1, line: 2, value: "b,Suite  # 200" });
});
