// JUnit reporter: well-formed XML 1.0 whatever the data holds, one suite per file, one case per code.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { test } from "node:test";
import { render, xmlAttr, xmlSafe } from "../../src/report/junit.js";
import { CHROMIUM, CHROMIUM_ARGS, fixture, golden, kids, parseXml, textOf } from "./helpers.js";

test("mixed report: golden output", () => {
  golden("junit.xml", render(fixture("mixed")));
});

test("a raw control character in a message becomes a control picture", () => {
  const r = fixture("clean");
  r.files[0].defects = [{ code: "custom", severity: "error", row: 1, line: 2, byteOffset: null, column: "id", columnIndex: 1, value: null, message: "bad\u0000\u001bbyte" }];
  r.files[0].byCode = { custom: 1 };
  const xml = render(r);
  assert.ok(!/[\u0000\u001b]/.test(xml));
  assert.match(textOf(parseXml(xml)), /bad␀␛byte/);
});

test("xmlSafe removes what XML 1.0 forbids, keeps what it allows", () => {
  assert.equal(xmlSafe("a\u0000b\u0008c\u001fd"), "a␀b␈c␟d");
  assert.equal(xmlSafe("tab\tlf\ncr\r"), "tab\tlf\ncr\r");
  assert.equal(xmlSafe("x\uFFFEy\uFFFF"), "x\uFFFDy\uFFFD");
  assert.equal(xmlSafe("lone \uD800 high, lone \uDC00 low"), "lone \uFFFD high, lone \uFFFD low");
  assert.equal(xmlSafe("pair 🚀 ok"), "pair 🚀 ok");
  assert.equal(xmlAttr(`<a href="x">'&'\n`), "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&#10;");
});

test("structure: suites per file, cases per code, counts in the attributes", () => {
  const r = fixture("mixed");
  const doc = parseXml(render(r));
  assert.equal(doc.name, "testsuites");
  const suites = kids(doc, "testsuite");
  assert.deepEqual(suites.map((s) => s.attrs.name), r.files.map((f) => f.source));

  let tests = 0, failures = 0, errors = 0;
  for (const [i, s] of suites.entries()) {
    const f = r.files[i];
    const cases = kids(s, "testcase");
    assert.equal(Number(s.attrs.tests), cases.length);
    const failed = cases.filter((c) => kids(c, "failure").length > 0).length;
    const errored = cases.filter((c) => kids(c, "error").length > 0).length;
    assert.equal(Number(s.attrs.failures), failed);
    assert.equal(Number(s.attrs.errors), errored);
    for (const c of cases) assert.equal(c.attrs.classname, f.source);
    if (f.defects.length === 0) assert.deepEqual(cases.map((c) => c.attrs.name), ["no defects"]);
    else assert.deepEqual(cases.map((c) => c.attrs.name).sort(), Object.keys(f.byCode).sort());
    tests += cases.length; failures += failed; errors += errored;
  }
  assert.equal(Number(doc.attrs.tests), tests);
  assert.equal(Number(doc.attrs.failures), failures);
  assert.equal(Number(doc.attrs.errors), errors);

  const customers = suites[0];
  const te = kids(customers, "testcase").find((c) => c.attrs.name === "type-error")!;
  const failure = kids(te, "failure")[0];
  assert.equal(failure.attrs.message, "32 errors: the value does not parse as the field's type");
  assert.match(textOf(failure), /^32 errors: .*\nrow 3, line 4, column "age" \(#4\), value "12,5": age is "12,5", which is not an integer\n/);
  assert.match(textOf(failure), /\n… and 22 more$/, "ten listed, the rest counted");

  // Warnings pass, with their list in system-out.
  const fi = kids(customers, "testcase").find((c) => c.attrs.name === "formula-injection")!;
  assert.equal(kids(fi, "failure").length, 0);
  assert.match(textOf(kids(fi, "system-out")[0]), /^3 warnings: /);
  // A warning-only file has no failure at all.
  assert.equal(suites[1].attrs.failures, "0");
  // The unreadable input is an <error>.
  assert.equal(kids(kids(suites[3], "testcase")[0], "error")[0].attrs.type, "source-error");
});

test("tricky values come back intact after XML decoding; no raw NUL reaches the XML", () => {
  const r = fixture("mixed");
  const xml = render(r);
  assert.ok(!xml.includes("\u0000"));
  const doc = parseXml(xml);
  const all = textOf(doc);
  // JSON-quoting the value already spells NUL as \u0000; xmlSafe covers raw controls in messages.
  assert.ok(all.includes(`value "ab\\u0000cd"`));
  assert.ok(all.includes(`value "<script>alert(1)</script>"`));
  assert.ok(all.includes(`value "\\"><img src=x onerror=window.__pwned=1>"`));
  assert.ok(all.includes("100% sure: yes, really"));
  assert.equal(kids(doc, "testsuite")[1].attrs.name, "data/orders 2024,Q1:100%.csv");
});

test("a real XML parser (Chromium's DOMParser) accepts the document", { skip: !existsSync(CHROMIUM) && `${CHROMIUM} is absent: apt-get install -y chromium` }, async () => {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const xml = render(fixture("mixed"));
    const res = await page.evaluate((src) => {
      const d = new DOMParser().parseFromString(src, "application/xml");
      const err = d.getElementsByTagName("parsererror")[0];
      return { err: err ? err.textContent : null, suites: d.getElementsByTagName("testsuite").length, cases: d.getElementsByTagName("testcase").length };
    }, xml);
    assert.equal(res.err, null);
    assert.equal(res.suites, 4);
    // The control check: the same parser rejects a raw NUL, so the assertion above can fail.
    const bad = await page.evaluate((src) => new DOMParser().parseFromString(src, "application/xml").getElementsByTagName("parsererror").length, xml.replace("100% sure", "100%\u0000 sure"));
    assert.ok(bad > 0);
  } finally {
    await browser.close();
  }
});
