// header-repeated.ts: which headers a copy is matched for (headerCopyKey), and repeatsHeader on a line's ranges equals it on the cells.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { LineRecord } from "../../src/parse/line-record.js";
import { headerCopyKey, repeatsHeader } from "../../src/checks/structure/header-repeated.js";
import { tokenize } from "../helpers/tokenize.js";

describe("headerCopyKey", () => {
  it("keeps a header of two or more names, trimmed, a BOM dropped, in lower case", () => {
    assert.deepEqual(headerCopyKey(["\uFEFFid", " name ", "amount"]), ["id", "name", "amount"]);
    assert.deepEqual(headerCopyKey(["ID", "Größe"]), ["id", "größe"]);
    assert.deepEqual(headerCopyKey(["", "a", "b"]), ["", "a", "b"], "a blank name (R's row names) is part of the copy");
  });
  it("leaves out a header whose copy could be data: one name, no letter (a numbered header)", () => {
    assert.equal(headerCopyKey(["word"]), undefined);
    assert.equal(headerCopyKey(["word", "", ""]), undefined);
    assert.equal(headerCopyKey(["0", "1", "2"]), undefined);
    assert.equal(headerCopyKey(["1990", "2000"]), undefined);
  });
});

describe("repeatsHeader", () => {
  const key = headerCopyKey(["id", "name", "amount"])!;
  const lines = [
    ["id,name,amount", true],
    ['"id","name","amount"', true],
    ["\uFEFFid , name ,amount ", true],
    ["id,name,amount,", false],
    ["id,name", false],
    ["Id,Name,Amount", true],
    ["ID,NAME,AMOUNT", true],
    ["ID,NAME,AMOUNTS", false],
    ["ÍD,NAME,AMOUNT", false],
    ["name,id,amount", false],
    ["id,name,amount total", false],
    ["idx,name,amount", false],
    ["1,name,10", false],
  ] as const;
  it("matches a copy in any letter case (quotes, spaces and a BOM aside), never a record that only holds the same words", () => {
    for (const [line, want] of lines) {
      const [rec] = tokenize(`${line}\n`);
      assert.equal(repeatsHeader(rec, key), want, line);
    }
  });
  it("reads a LineRecord's ranges as its cells would (the fast path and the plain one agree)", () => {
    const text = lines.map(([l]) => l).join("\n") + "\n";
    const fast = tokenize(text);
    const slow = tokenize(text, { fastPaths: false });
    assert.ok(fast.some((r) => r instanceof LineRecord), "the fast path made LineRecords");
    assert.deepEqual(fast.map((r) => repeatsHeader(r, key)), slow.map((r) => repeatsHeader(r, key)));
    assert.deepEqual(fast.map((r) => repeatsHeader(r, key)), lines.map(([, want]) => want));
  });
  it('reads a name with a doubled quote (`size ""in""`) undoubled on the fast path too', () => {
    const quoted = headerCopyKey(["id", 'size "in"'])!;
    const text = 'id,"size ""in"""\n1,"2 ""x"""\nid,"size ""in"""\n';
    const fast = tokenize(text);
    assert.ok(fast[2] instanceof LineRecord && fast[2].doubled, "the fast path read the copy as ranges with doubled quotes");
    assert.deepEqual(fast.map((r) => repeatsHeader(r, quoted)), [true, false, true]);
  });
  it("folds letters beyond ASCII on the fast path as on the cells (`ID,GRÖßE` under `id,größe`)", () => {
    const key = headerCopyKey(["id", "größe"])!;
    const text = "ID,GRÖßE\nid,GRÖSSE\n1,2\n";
    for (const fastPaths of [true, false]) assert.deepEqual(tokenize(text, { fastPaths }).map((r) => repeatsHeader(r, key)), [true, false, false]);
  });
});
