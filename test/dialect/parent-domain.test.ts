// parentDomain (src/dialect/parent-domain.ts): a domain list's head that is the parent of the entry below (`ac` above `com.ac`) is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { parentDomain } from "../../src/dialect/parent-domain.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/suffix-rule-list-opening-with-parent-domain.txt";

test("parentDomain: a suffix-rule list opening with `ac` above `com.ac` has no header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors, f.warnings], [["field1"], 8, 0, 0]);
});

test("parentDomain: a name over domains not under it, or the common suffix of all of them, stays the header", () => {
  assert.equal(sniffDialect("domain\nmail.example.com\nexample.org\nfoo.net\nbar.io\n", true).header, true);
  assert.equal(parentDomain("domain", ["mail.example.com", "example.org", "foo.net"]), false);
  assert.equal(parentDomain("org", ["acme.org", "example.org", "wiki.org"]), false);
  assert.equal(parentDomain("Domain", ["x.domain", "y.com", "z.net"]), false);
  assert.equal(parentDomain("zyx", ["domain.zyx", "*.yxz", "!none.yxz"]), true);
});

test("parentDomain: a list of field paths or plain names under a column noun keeps its header (`name` above `user.name`)", () => {
  // why each: the head is the last label of the first value, as a zone's parent is, but no suffix rule and no parent
  // of the next entry make it a domain list, and `name`, `host`, `website` are not 2-3 letter top-level labels
  assert.equal(sniffDialect("name\nuser.name\nuser.email\norder.id\norder.total\n", true).header, true);
  assert.equal(sniffDialect("id\nuser.id\nuser.email\norder.total\n", true).header, true);
  assert.equal(sniffDialect("host\nweb.host\ndb.local\ncache.local\n", true).header, true);
  assert.equal(sniffDialect("website\nacme.website\nexample.com\nfoo.org\nbar.net\n", true).header, true);
  // a top-level label over domains, with nothing else that marks a suffix list, is still read as a name
  assert.equal(parentDomain("com", ["example.com", "foo.org", "bar.net"]), false);
  // a head longer than a top-level label stays a name, marks or not
  assert.equal(parentDomain("host", ["web.host", "db.local", "x.db.local"]), false);
  // a column noun of two letters stays a name even over a list with suffix rules
  assert.equal(sniffDialect("id\nuser.id\n*.ck\n!www.ck\n", true).header, true);
});
