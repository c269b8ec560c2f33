// pathLikeBody (src/dialect/path-like-body.ts), one of header.ts's BODY_LIKE: an absolute path above absolute paths is a record, not a header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pathLikeBody } from "../../src/dialect/path-like-body.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/species-above-absolute-hint-paths.tsv";
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;

test("pathLikeBody: a short table of species and their hints files has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], ["\t", false, 0]);
});

test("pathLikeBody: near misses keep the header (names above paths, relative paths, a value that is no path)", () => {
  assert.equal(pathLikeBody("/srv/a/x.gff", ["/srv/a/y.gff", "C:\\data\\z.gff", "~/w/v.gff"]), true);
  assert.equal(pathLikeBody("file", ["/srv/a/y.gff", "/srv/a/z.gff"]), false, "a name above paths");
  assert.equal(pathLikeBody("data/x.gff", ["data/y.gff", "data/z.gff"]), false, "relative paths: a name may be one");
  assert.equal(pathLikeBody("/dev", ["/sda", "/sdb"]), false, "one separator: a switch or unit, not a path");
  assert.equal(pathLikeBody("/srv/a/x.gff", ["/srv/a/y.gff", "none"]), false, "a value that is no path");
  assert.equal(header(["species\tpath", "chicken\t/srv/ana/h/chicken.gff", "human\t/srv/ana/h/human.gff", "mouse\t/srv/ana/h/mouse.gff"]), true);
});
