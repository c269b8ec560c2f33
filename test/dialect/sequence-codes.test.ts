// Nucleotide codes are values (dialect/sequence-codes.ts): a one-barcode file, a barcode list, are read with no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { sniffDialect } from "../../src/dialect/index.js";
import { sequenceCode } from "../../src/dialect/sequence-codes.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => readFileSync(join(here, "..", "..", "fixtures", "dialect", name), "utf8");

test("a file of one barcode (`CCGTAAGT`) is one record, not a header over none", () => {
  const d = sniffDialect(fixture("one-barcode-sample-index.txt"), true);
  assert.equal(d.header, false);
});

test("a list of barcodes has no header: the first code is shaped like every code below it", () => {
  const d = sniffDialect(fixture("barcode-list-without-header.txt"), true);
  assert.equal(d.header, false);
  // a name above them stays the header
  assert.equal(sniffDialect(`barcode\n${fixture("barcode-list-without-header.txt")}`, true).header, true);
});

test("refused: names, short codes, one-letter runs, a code beside a name, a code above codes of another length", () => {
  for (const name of ["BARCODE", "SEQUENCE", "ACGT", "AAAAAAAA", "NNNNNNNN", "AcgtAcgt"]) assert.equal(sequenceCode(name), false, name);
  for (const lone of ["BARCODE\n", "ACGTACG\n", "AAAAAAAA\n", "CCGTAAGT\tsample1\n"]) assert.equal(sniffDialect(lone, true).header, true, lone);
  // one code above longer ones is the odd one out: as on main, the shape rule does not call it a value
  assert.equal(sniffDialect("CCGTAAGT\nTTAGGCACGA\nCGATGTCAGG\nACAGTGGTAA\n", true).header, true);
});
