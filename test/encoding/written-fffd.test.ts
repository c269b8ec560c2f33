// written-fffd: a U+FFFD written in valid UTF-8 (EF BF BD) is data, not an encoding-error; one a bad byte made still is.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { fffdAllWritten } from "../../src/encoding/written-fffd.js";
import { FIXTURES } from "./helpers.js";

const { check } = await import("../../dist/src/index.js") as typeof import("../../src/index.js");

const dec = (b: Buffer) => new TextDecoder("utf-8").decode(b);
const cells = (r: Awaited<ReturnType<typeof check>>) => r.files[0].defects.map((d) => [d.code, d.line, d.column]);

test("fffdAllWritten: true when every U+FFFD of the text is EF BF BD in the bytes", () => {
  const written = Buffer.from("Brand\uFFFDo\nDieudonn\uFFFD\n", "utf8");
  assert.equal(fffdAllWritten(written, dec(written)), true);
});

test("fffdAllWritten refuses: no U+FFFD, a bad byte, a bad byte beside a written one, a cut sequence", () => {
  const plain = Buffer.from("Müller\n", "utf8");
  assert.equal(fffdAllWritten(plain, dec(plain)), false, "nothing to call written");
  const bad = Buffer.from([0x41, 0xe9, 0x0a]);
  assert.equal(fffdAllWritten(bad, dec(bad)), false, "a latin-1 é");
  const both = Buffer.concat([Buffer.from("Brand\uFFFDo\n", "utf8"), bad]);
  assert.equal(fffdAllWritten(both, dec(both)), false, "one written, one bad: the counts differ");
  const cut = Buffer.from([0x41, 0xef, 0xbf]);
  assert.equal(fffdAllWritten(cut, dec(cut)), false, "EF BF at the end decodes to U+FFFD, but was not written");
  const lead = Buffer.from([0xe2, 0xef, 0xbf, 0xbd]);
  assert.equal(fffdAllWritten(lead, dec(lead)), false, "a lone lead byte before a written U+FFFD");
});

test("a UTF-8 file with U+FFFD written in names: no encoding-error, in one pass and in parts", async () => {
  const file = join(FIXTURES, "utf8-replacement-character-written.csv");
  const one = await check(file, { jobs: 1 });
  const split = await check(file, { jobs: 2, split: { minBytes: 1, partBytes: 32 } });
  assert.equal(one.files[0].encoding?.name, "utf-8");
  assert.deepEqual(cells(one), []);
  assert.deepEqual(cells(split), []);
});

test("a UTF-8 file with a bad byte still names it (encoding-error)", async () => {
  const file = join(FIXTURES, "utf8-replacement-written-and-bad-byte.csv");
  const one = await check(file, { jobs: 1 });
  assert.equal(one.files[0].encoding?.name, "utf-8");
  assert.ok(cells(one).some(([code, line, column]) => code === "encoding-error" && line === 4 && column === "surname"), JSON.stringify(cells(one)));
});
