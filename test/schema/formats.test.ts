// The email and uuid fast forms (a one-pass RegExp, a hand-written scanner) against the regexes they stand in for.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { _EMAIL_FAST_RE, _EMAIL_RE, _UUID_RE, _uuidScan, isEmail, isUuid } from "../../src/schema/parsers.js";

const EMAILS = ["a@b.co", "a@b", "a.b@c.de", ".a@b.co", "a.@b.co", "a..b@c.de", "a'@b.co", "'a@b.co", "a+b-c_d@x-y.z.com", "a@-b.co", "a@b-.co", "a@b..co",
  "a@b.c", "a@b.c1", "a@1.co", "a@b.co.", "@b.co", "a@", "a@@b.co", "a@b@c.co", "ä@b.co", "a@b.cö", "a b@c.de", "a@b.co\n", "a@.co", "a@b.-co", "user123@example.com", "x@y.zz",
  "a.b.c@d.ef", "a.b.@d.ef", "a..@d.ef", "-@d.ef", "+@d.ef", "_@d.ef", "'@d.ef", "a'b@d.ef", "a.'@d.ef", "a@b.co@d.ef", "A@B.CO", "a@b.c-o", "a@b..", "a@b.co.uk", "\na@b.co",
  "a\n@b.co", "a@b\n.co", "a\u2028@b.co", "..@b.co", "a.b..c@d.ef", `${"a.".repeat(200)}a@b.co`, `${"a".repeat(500)}@${"b.".repeat(200)}co`, `${"a.".repeat(300)}@b.co`];
const UUIDS = ["123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000", "123e4567e89b-12d3-a456-426614174000-", "123e4567-e89b-12d3-a456-42661417400g",
  "123e4567-e89b-12d3-a456-4266141740000", "", "{123e4567-e89b-12d3-a456-426614174000}"];

/** Strings from the characters the email grammar cares about. */
const emailish = fc.array(fc.constantFrom("a", "Z", "0", "9", "_", "'", "+", "-", ".", "@", "x", "co", " ", "ä", "\n", "😀", "..", "@b.co"), { maxLength: 14 }).map((a) => a.join(""));
const uuidish = fc.array(fc.constantFrom("0", "9", "a", "f", "A", "F", "g", "-"), { minLength: 30, maxLength: 40 }).map((a) => a.join(""));

describe("format scanners", () => {
  it("email: the one-pass RegExp accepts exactly what the regex accepts", () => {
    for (const t of EMAILS) assert.equal(_EMAIL_FAST_RE.test(t), _EMAIL_RE.test(t), t);
    fc.assert(fc.property(emailish, (t) => _EMAIL_FAST_RE.test(t) === _EMAIL_RE.test(t)), { numRuns: 20000 });
    fc.assert(fc.property(fc.string({ maxLength: 12 }), (t) => _EMAIL_FAST_RE.test(t) === _EMAIL_RE.test(t)), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (t) => _EMAIL_FAST_RE.test(t) === _EMAIL_RE.test(t)), { numRuns: 2000 });
    for (const t of EMAILS) assert.equal(isEmail(t), _EMAIL_RE.test(t), t);
    assert.ok(EMAILS.filter((t) => isEmail(t)).length >= 10, "not vacuous");
  });
  it("uuid: the scanner accepts exactly what the regex accepts", () => {
    for (const t of UUIDS) assert.equal(_uuidScan(t), _UUID_RE.test(t), t);
    const withDashes = uuidish.map((t) => (t.length >= 36 ? [...t].map((c, i) => ([8, 13, 18, 23].includes(i) ? "-" : c)).join("") : t));
    fc.assert(fc.property(fc.oneof(uuidish, withDashes, fc.uuid()), (t) => _uuidScan(t) === _UUID_RE.test(t) && isUuid(t) === _UUID_RE.test(t)), { numRuns: 10000 });
  });
});
