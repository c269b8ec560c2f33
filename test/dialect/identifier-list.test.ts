// headInsideIdentifiers (src/dialect/identifier-list.ts): a one-column list of identifiers built on its head keeps it as its first entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { headInsideIdentifiers } from "../../src/dialect/identifier-list.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/model-class-names-under-notes.txt";
const list = (...lines: string[]) => lines.join("\n") + "\n";
const classes = ["glm", "lmList", "nls", "polr", "lmerMod", "glmerMod"];

test("headInsideIdentifiers: `lm` above `glm`, `lmList`, `lmerMod` under `#` notes is the list's first entry", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.header, d.comment], [false, "#"]);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  // the notes' blank line is a blank record (row-blank), as on main; the 7 classes are values
  assert.deepEqual([f.columns, f.stats?.[0].count, f.errors], [["field1"], 7, 0]);
  assert.equal(headInsideIdentifiers("lm", classes), true);
});

test("headInsideIdentifiers refuses: a name not built into the entries, another case, blanks, one entry, no opening", () => {
  assert.equal(headInsideIdentifiers("model", ["lm", ...classes]), false);
  assert.equal(sniffDialect(list("model", "lm", ...classes), true).header, true);
  assert.equal(sniffDialect(list("Model", "lm", ...classes), true).header, true);
  assert.equal(headInsideIdentifiers("lm", ["glm", "nls", "lmer mod", "polr", "glmerMod"]), false);
  // inside one entry only
  assert.equal(headInsideIdentifiers("get", ["getName", "setName", "toString", "hashCode", "equals"]), false);
  assert.equal(sniffDialect(list("get", "getName", "setName", "toString", "hashCode", "equals"), true).header, true);
  // inside two, opening none: a field list's name
  assert.equal(headInsideIdentifiers("date", ["updatedAt", "update", "createdAt", "startTime", "endTime"]), false);
  assert.equal(sniffDialect(list("date", "updatedAt", "update", "createdAt", "startTime", "endTime"), true).header, true);
  // fewer than 5 entries
  assert.equal(headInsideIdentifiers("lm", ["glm", "lmerMod", "polr"]), false);
  // a generic column noun stays a name (body-like-row.ts refuses it before)
  assert.equal(sniffDialect(list("class", "glm", "classRef", "subclass", "polr", "lmerMod"), true).header, true);
});

test("headInsideIdentifiers refuses: a head opening entries as a whole word or inside them by chance (`test`, `event`)", () => {
  const NAME2 = "fixtures/dialect/test-names-under-test-header.csv";
  assert.equal(sniffDialect(readFileSync(NAME2, "utf8"), true).header, true);
  const tests = ["testParseHeader", "testSplitRows", "testDecodeLatin1", "testEmptyFile", "testQuotedNewline"];
  assert.equal(headInsideIdentifiers("test", tests), false);
  const events = ["click", "keydown", "mouseover", "eventPhase", "preventDefault", "onevent", "focus"];
  assert.equal(headInsideIdentifiers("event", events), false);
  assert.equal(sniffDialect(list("event", ...events), true).header, true);
  // ending one entry after a lower-case prefix is not enough without one going on in lower case
  assert.equal(headInsideIdentifiers("lm", ["glm", "lmList", "nls", "polr", "glmList"]), false);
});
