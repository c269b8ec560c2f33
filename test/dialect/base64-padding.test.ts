// base64Padding (src/dialect/base64-padding.ts): `=` that only pads base64 values, one to a line, is no delimiter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { base64Padding, base64Entry } from "../../src/dialect/base64-padding.js";

const NAME = "fixtures/dialect/base64-password-list-under-comment.txt";
// SHA-256 digests in base64: 44 characters, every one ending in one `=`
const DIGESTS = [
  "wUfvz8LX6mZqnk9Rh7EVyQkD8PyJalbfmm712PP8nzE=",
  "M3eHDf6qp633mjdNJwKj/bE+Xl6g3YqpWoAq05BEqS8=",
  "bz/vbcUceZanSZK3DQw18yjtkJpeB2Rs8LqzODyVuwI=",
  "Ybo7pZ0eF2dGg1m0U1N3mY4o3Xqz3XbQp8cK1rT2sLw=",
  "Q2a9sW0pLk3JmN8bV7cX6zR5tY4uI3oP2aS1dF0gH9k=",
];

test("base64Padding: a list of base64 passwords under `#` notes reads as one column, the notes as comments", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "");
  assert.equal(d.comment, "#");
});

test("base64Entry: the first value of a base64 list is an entry, not the header (`MTIzNDU2` above `cGFzc3dvcmQ=`)", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  assert.equal(sniffDialect(DIGESTS.join("\n") + "\n", true).header, false);
});

test("base64Entry refuses a head of letters only, a short head, a head not in fours, values that are no base64 list", () => {
  const values = ["cGFzc3dvcmQ=", "MTIzNDU2Nzg=", "cXdlcnR5", "MTIzNA=="];
  assert.equal(base64Entry("MTIzNDU2", values), true);
  assert.equal(base64Entry("Password", values), false);
  assert.equal(base64Entry("key1", values), false);
  assert.equal(base64Entry("hash256", values), false);
  assert.equal(base64Entry("MTIzNDU2", ["cXdlcnR5", "MTExMTEx", "ZHJhZ29u"]), false);
  assert.equal(base64Entry("MTIzNDU2", ["cGFzc3dvcmQ=", "MTIzNA=="]), false);
  assert.equal(sniffDialect(["Password", ...values].join("\n") + "\n", true).header, true);
});

test("base64Padding: a list of base64 digests, every one padded, keeps its `=` in one column", () => {
  const d = sniffDialect(DIGESTS.join("\n") + "\n", true);
  assert.equal(d.delimiter, "");
});

test("base64Padding holds for padded and unpadded values of lengths in fours", () => {
  assert.equal(base64Padding("MTIzNDU2\ncGFzc3dvcmQ=\nMTIzNA==\n"), true);
  assert.equal(base64Padding(DIGESTS.join("\r\n")), true);
});

test("base64Padding refuses: 2 lines, no `=`, `=` inside a line, a length not in fours, a character outside base64", () => {
  assert.equal(base64Padding("cGFzc3dvcmQ=\nMTIzNA==\n"), false);
  assert.equal(base64Padding("MTIzNDU2\ncXdlcnR5\nMTExMTEx\n"), false);
  assert.equal(base64Padding("cGFzc3dvcmQ=\nMTIz=DU2\nMTIzNA==\n"), false);
  assert.equal(base64Padding("cGFzc3dvcmQ=\nMTIzNDU=\nabcde=\n"), false);
  assert.equal(base64Padding("cGFzc3dvcmQ=\nMTIzNA==\nuser_name=\n"), false);
});

test("base64Padding refuses settings whose values are empty (`name=`): the `=` table stays", () => {
  const text = "# settings\nname=\nsize=\ncolor=\ntitle=\nwidth=\nheight=\n";
  assert.equal(base64Padding(text.split("\n").slice(1).join("\n")), false);
  assert.equal(sniffDialect("name=box\nsize=12\ncolor=red\ntitle=\nwidth=4\nheight=\n", true).delimiter, "=");
});

test("base64Padding refuses keys of one case with an empty value, in fours by chance (wqa33 F4: `USD=`, `eng=`, `defghij=`)", () => {
  assert.equal(base64Padding("USD=\nEUR=\nGBP=\nJPY=\n"), false);
  assert.equal(base64Padding("eng=\ndeu=\nfra=\n"), false);
  assert.equal(base64Padding("abc=\ndefghij=\nklm=\nnopqrst=\n"), false);
  assert.equal(sniffDialect("abc=\ndefghij=\nklm=\nnopqrst=\nuvw=\n", true).header, false);
  // a padded value that mixes cases or holds a figure is base64 still
  assert.equal(base64Padding("USD=\ncGFzc3dvcmQ=\nEUR=\n"), true);
});
