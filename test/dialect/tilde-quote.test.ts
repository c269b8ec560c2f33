// tildeQuoteDelimiter (src/dialect/tilde-quote.ts): text fields wrapped in `~` between `^` fields are quoted by `~`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { tildeQuoteDelimiter } from "../../src/dialect/tilde-quote.js";

const NAME = "fixtures/dialect/tilde-quoted-text-between-carets.txt";

test("tildeQuoteDelimiter: `~`-wrapped text fields between carets read at `^` with `~` as the quote", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.equal(d.delimiter, "^");
  assert.equal(d.quote, "~");
  assert.equal(d.header, false);
});

test("tildeQuoteDelimiter: a table of mostly numbers with a wrapped code and unit keeps `~` as the quote", () => {
  const text = "~1001~^1^1^~cup~^227^^\n~1001~^2^1^~tbsp~^14.2^^\n~1001~^3^1^~pat (1\" sq)~^5.0^^\n~1002~^1^1^~stick~^113^^\n";
  const d = sniffDialect(text, true);
  assert.equal(d.delimiter, "^");
  assert.equal(d.quote, "~");
});

test("tildeQuoteDelimiter refuses: `~` as the delimiter, inside a field, on a line with no wrapped field, ragged widths", () => {
  assert.equal(tildeQuoteDelimiter("a~b~c\nd~e~f\ng~h~i\n", null), null);
  assert.equal(tildeQuoteDelimiter("~/bin,1\n~/lib,2\n~/src,3\n", null), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b~^2\nc^3\n", null), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b~^2^3\n~c~^3\n", null), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b~c~^2\n~d~^3\n", null), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b~^2\n", null), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b~^2\n~c~^3\n", "~"), null);
  assert.equal(tildeQuoteDelimiter("~a~^1\n~b, c~^2\n~~^3\n", null), "^");
});

test("tildeQuoteDelimiter refuses: `~` as the delimiter of a table keeps that reading", () => {
  const d = sniffDialect("id~name~size\n1~alpha~10\n2~beta~20\n3~gamma~30\n", true);
  assert.equal(d.delimiter, "~");
});

test("tildeQuoteDelimiter refuses: a line quoting with `\"` and a wrapped field of the delimiter alone", () => {
  assert.equal(tildeQuoteDelimiter('"Smith, John",~A1~,12\n"Doe, Jane",~B2~,15\n"Roe, Rich",~C3~,9\n', null), null);
  assert.equal(tildeQuoteDelimiter("x|~|~|y\nz|~|~|w\nq|~|~|r\n", null), null);
  const d = sniffDialect('"Smith, John",~A1~,12\n"Doe, Jane",~B2~,15\n"Roe, Rich",~C3~,9\n', true);
  assert.equal(d.quote, '"');
});
