// A value cut as an inline note past the lines the sniffer judged (`Room  #4` at line 2,503) is warned, in one pass and split (wlay22).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { both, splitInfo } from "../helpers/split.js";
import type { Report } from "../../src/types.js";

/** A guest list whose rows carry `  # ` notes, then, past the first 2,000 lines, `tail` (what the test is about). */
function guestList(tail: string[]): string {
  const rows = ["# room plan of the guest house", "name,room"];
  for (let i = 0; i < 2500; i++) rows.push(i % 3 === 0 ? `guest${i},Hall  # near the lobby` : `guest${i},Hall`);
  return [...rows, ...tail].join("\n") + "\n";
}

function withFile(text: string, run: (file: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ic-late-cut-"));
  const file = join(dir, "guests-room-numbers-cut-past-the-sample.csv");
  writeFileSync(file, text);
  return Promise.resolve(run(file)).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test("a room number glued to the mark past line 2,000 is one inline-notes-cut warning (it was cut silently)", () =>
  withFile(guestList(["late guest,Room  #4", "later guest,Suite  #12"]), (file) => {
    const f = (JSON.parse(runCli([file, "--format", "json"]).stdout) as Report).files[0];
    assert.equal(f.dialect?.comment, "#");
    assert.deepEqual(f.defects.map((d) => [d.code, d.line, d.value]), [["inline-notes-cut", 2503, "late guest,Room  #4"]]);
    assert.match(f.defects[0].message, /on 2 lines past the first \d+ lines/);
  }));

test("split into parts, the late cut is warned once too, at the same line", () =>
  withFile(guestList(["late guest,Room  #4", ...Array.from({ length: 3000 }, (_, i) => `tail${i},Hall`), "last guest,Room  #9"]), async (file) => {
    const schema = join(file, "..", "schema.json");
    writeFileSync(schema, JSON.stringify({ fields: [{ name: "name", type: "string" }, { name: "room", type: "string" }] }));
    const { one, split } = await both(file, schema, {}, 16 * 1024);
    for (const r of [one, split]) {
      const cut = r.files[0].defects.filter((d) => d.code === "inline-notes-cut");
      assert.deepEqual(cut.map((d) => d.line), [2503]);
      assert.match(cut[0].message, /on 2 lines past/);
    }
    assert.ok(splitInfo(split).parts > 1);
  }));

test("near miss: notes of words past the sample stay unwarned; a cut the sample holds is said once, by the sniffer", async () => {
  await withFile(guestList(["late guest,Hall  # by the stairs", "later guest,Hall  # lobby"]), (file) => {
    const f = (JSON.parse(runCli([file, "--format", "json"]).stdout) as Report).files[0];
    assert.deepEqual(f.defects, []);
  });
  const early = guestList(["late guest,Room  #4"]).replace("guest1,Hall\n", "guest1,Room  #7\n");
  await withFile(early, (file) => {
    const f = (JSON.parse(runCli([file, "--format", "json"]).stdout) as Report).files[0];
    assert.deepEqual(f.defects.map((d) => [d.code, d.line]), [["inline-notes-cut", 4]]);
    assert.match(f.defects[0].message, /on 1 line of the sample/);
  });
});
