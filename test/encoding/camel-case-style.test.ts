// camel-case-style.ts: a file that writes ASCII capitals inside words keeps its commoner page where a non-ASCII capital stands inside one (`musteriİsim`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sniffEncoding } from "../../src/encoding/index.js";
import { writesCamelCase } from "../../src/encoding/camel-case-style.js";
import { chunked, fixture } from "./helpers.js";

test("writesCamelCase: 2 distinct ASCII words with a capital after a small letter, whatever the bytes around", () => {
  assert.equal(writesCamelCase(Buffer.from("musteriNo;siparisTarihi;musteri\xddsim", "latin1")), true);
  assert.equal(writesCamelCase(Buffer.from("iPhone;eBay;McDonald", "latin1")), true);
  // refused: one such word (a brand name in any text), the same word twice, capitals after capitals or opening words
  assert.equal(writesCamelCase(Buffer.from("Buy an iPhone;iPhone case", "latin1")), false);
  assert.equal(writesCamelCase(Buffer.from("NASA;Meeting Room;ABCdef;Szerz\xcedés", "latin1")), false);
});

test("writesCamelCase: a few program names in prose are no style (under 1 in 20 of the distinct words)", () => {
  const prose = Array.from({ length: 60 }, (_, i) => `note${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} about the family`).join(";");
  assert.equal(writesCamelCase(Buffer.from(`${prose};export to GoogleMaps or vCard;spe\xdeniaj\xb3ce`, "latin1")), false);
  assert.equal(writesCamelCase(Buffer.from(`${prose.slice(0, 200)};export to GoogleMaps or vCard`, "latin1")), true);
});

test("sniffEncoding on a windows-1254 schema export with camel-case fields (`musteriNo`, `musteriİsim`): windows-1254, not Mac Icelandic", async () => {
  // why: main answered Mac Icelandic `musteriðsim`, `siparisðptal` (rareOverCapitals): `İ` after a small letter read as a misread `ð`
  const d = (await sniffEncoding(chunked(fixture("windows-1254-schema-camel-case-fields-dotted-capital-i.csv")))).decision;
  assert.equal(d.name, "windows-1254", JSON.stringify(d));
});
