// A header glued to a `;` mark under notes marked the same way (src/dialect/comment-header.ts markedHeaderUnderNotes).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
const rel = (name: string): string => join("fixtures", "dialect", name);
const fixture = (name: string): string => readFileSync(join(here, "..", "..", rel(name)), "utf8");
const sniff = (name: string) => sniffDialect(fixture(name), true);

test("a header glued to a ';' mark under ';' notes: the mark is the comment character and the header names the columns", () => {
  const name = "semicolon-note-then-glued-semicolon-header.txt";
  const d = sniff(name);
  assert.deepEqual([d.comment, d.header, d.skipRows, d.commentNames], [";", false, 0, { names: ["Generic", "Specific"], line: 2 }]);
  const f = (JSON.parse(runCli([rel(name), "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["Generic", "Specific"], 6, 0]);
  // a mark with a blank after it (`; Generic   Specific`) is a note, not a glued header: the sniffer's reading stands
  assert.equal(sniffDialect(fixture(name).replace(";Generic", "; Generic"), true).commentNames, undefined);
});
