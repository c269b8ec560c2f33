// domainListEntry (src/dialect/domain-list.ts), asked by body-like-row.ts's firstRowLikeBody: a host name above host names is a list's first entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { domainListEntry } from "../../src/dialect/domain-list.js";
import { sniffDialect } from "../../src/dialect/index.js";

const NAME = "fixtures/dialect/domain-list-without-header.txt";
const header = (lines: string[]): boolean => sniffDialect(lines.join("\n") + "\n", true).header;
const HOSTS = ["tracker.example.com", "metrics.example.org", "pixel.ads-example.net", "static.example.com"];

test("domainListEntry: an unsorted list of domains has no header", () => {
  const d = sniffDialect(readFileSync(NAME, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header, d.skipRows], ["", false, 0]);
});

test("domainListEntry: near misses keep the header (names, dotted field names, a value that is no host)", () => {
  assert.equal(domainListEntry("cdn.adsrv-example.net", HOSTS), true);
  assert.equal(domainListEntry("domain", HOSTS), false, "a name holds no dot");
  assert.equal(domainListEntry("DOMAIN.NAME", HOSTS), false, "capitals: no host name as lists write them");
  assert.equal(domainListEntry("user.name", HOSTS), false, "a field name whose last word ends no domain below");
  assert.equal(domainListEntry("cdn.example.net", [...HOSTS.slice(0, 3), "localhost"]), false, "a value that is no host name");
  assert.equal(domainListEntry("cdn.example.net", HOSTS.slice(0, 2)), false, "fewer than 3 entries");
  for (const name of ["domain", "Domain", "host", "id", "DOMAIN"]) assert.equal(header([name, ...HOSTS]), true, name);
});
