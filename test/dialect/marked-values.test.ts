// Marked lines that are values (`#python` each week, `#ff0000`) are no commented-out rows (dialect/marked-values.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const here = dirname(fileURLToPath(import.meta.url));
// "ragged" in the name: the divider lines are short rows (as on main), so the clean-fixture sweep of infer.test.ts skips it
const rel = join("fixtures", "dialect", "hashtags-counted-per-week-under-divider-lines-ragged.csv");
const text = readFileSync(join(here, "..", "..", rel), "utf8");
const commentOf = (t: string): string | null => sniffDialect(t, true).comment;

test("hashtags counted per week under `#-----` dividers are records, not commented-out rows", () => {
  assert.equal(commentOf(text), null);
  const f = (JSON.parse(runCli([rel, "--format", "json", "-q"]).stdout) as Report).files[0];
  // every hashtag row is read (10 lines under the header: 8 records, the 2 dividers reported as short rows)
  assert.deepEqual([f.columns.length, f.rows.total], [3, 10], JSON.stringify(f.byCode));
});

test("each sign alone keeps the hashtags: plain `# week 48` notes, no handles (recurrence), one week (tags beside handles)", () => {
  assert.equal(commentOf(text.replace(/#-------- (week \d+) --------/g, "# $1")), null);
  assert.equal(commentOf(text.replace(/^@guido.*\n/gm, "")), null);
  const oneWeek = text.split("#-------- week 49")[0] + "#-------- end --------\n";
  assert.equal(commentOf(oneWeek), null);
});

test("hex colours under `#-----` dividers are records", () => {
  const palette = "hex,name,use\n#-------- reds --------\n#ff0000,red,alert\ntransparent,none,base\n#c0392b,brick,accent\n" +
    "#-------- blues --------\n#0000ff,blue,link\ninherit,none,base\n#2980b9,ocean,accent\n";
  assert.equal(commentOf(palette), null);
});

test("refused: commented-out keys once each, tags with no handle beside them, digits-only hex, a key recurring marked only", () => {
  const rows = (a: string, b: string): string =>
    `key,url,dir\n#! SECTION A\nK_ONE,ftp://a/1,c:\\d\n${a},ftp://a/2,c:\\d\nK_TWO,ftp://a/3,c:\\d\n#! SECTION B\nK_THREE,ftp://b/1,c:\\d\n${b},ftp://b/2,c:\\d\nK_FOUR,ftp://b/3,c:\\d\n`;
  assert.equal(commentOf(rows("#K_OLD", "#K_OLDER")), "#");
  assert.equal(commentOf(rows("#python", "#rustlang")), "#");
  assert.equal(commentOf(rows("#123456", "#654321")), "#");
  assert.equal(commentOf(rows("#K_OLD", "#K_OLD")), "#");
});
