// HTML reporter: self-contained, script-free, every value escaped; checked as text and in a real headless Chromium.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { HTML_CSP, render } from "../../src/report/html.js";
import { valueHtml } from "../../src/report/html/escape.js";
import { CHROMIUM, CHROMIUM_ARGS, ROOT, fixture } from "./helpers.js";

const SCRIPT_PAYLOAD = "<script>alert(1)</script>";
const IMG_PAYLOAD = `"><img src=x onerror=window.__pwned=1>`;

test("valueHtml escapes markup and shows control and bidi characters", () => {
  assert.equal(valueHtml(SCRIPT_PAYLOAD), "&lt;script&gt;alert(1)&lt;/script&gt;");
  assert.equal(valueHtml(`a"b'c&`), "a&quot;b&#39;c&amp;");
  assert.equal(valueHtml("x\r\ny"), `x<span class="ctl" title="U+000D">\\r</span><span class="ctl" title="U+000A">\\n</span>y`);
  assert.equal(valueHtml("a\u202Eb"), `a<span class="ctl" title="U+202E">&lt;U+202E&gt;</span>b`);
  assert.equal(valueHtml(""), `<span class="empty">(empty)</span>`);
});

test("the page is self-contained: CSP, no script, no external reference, payloads escaped", () => {
  const html = render(fixture("mixed"));
  assert.ok(html.startsWith("<!DOCTYPE html>"));
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`));
  assert.match(HTML_CSP, /default-src 'none'/);
  assert.ok(!/<script/i.test(html), "no <script element or unescaped payload");
  assert.ok(!/<img/i.test(html), "no <img element or unescaped payload");
  assert.ok(!/<(iframe|object|embed|link|base)\b/i.test(html));
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  assert.ok(tags.length > 500);
  assert.deepEqual(tags.filter((t) => /\son[a-z]+\s*=/i.test(t)), [], "no event-handler attribute on any element");
  // Only the SVG namespace may name a URL; nothing is loaded from anywhere.
  const urls = html.match(/(src|href)\s*=\s*"[^"#][^"]*"/gi) ?? [];
  assert.deepEqual(urls, []);
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;"));
  assert.ok(!html.includes("\u0000"), "NUL is shown as \\0, not emitted");
  // Per-column figures from stats are there.
  assert.match(html, /<td class="mono">note<\/td><td>string<\/td><td class="n">640<\/td><td class="n">53%<\/td>/);
});

test("without stats the column table is replaced by a note; a clean report says so", () => {
  const r = fixture("clean");
  delete r.files[0].stats;
  const html = render(r);
  assert.match(html, /no per-column figures/);
  assert.match(html, /No defects in 10 rows\./);
  assert.match(html, /<span class="badge pass">Passed<\/span>/);
});

const noChromium = !existsSync(CHROMIUM) && `${CHROMIUM} is absent: install it with apt-get install -y chromium (the CI script does)`;

test("in headless Chromium: renders, charts present, payloads inert, screenshot saved", { skip: noChromium }, async () => {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let dialogs = 0;
    const requests: string[] = [];
    const cspErrors: string[] = [];
    page.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
    page.on("request", (r) => { requests.push(r.url()); });
    page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    await page.setContent(render(fixture("mixed")), { waitUntil: "load" });

    const facts = await page.evaluate(() => ({
      title: document.title,
      svgs: document.querySelectorAll("svg.chart").length,
      barCharts: document.querySelectorAll("svg.chart.bars").length,
      locationCharts: document.querySelectorAll("svg.chart.location").length,
      locationBars: document.querySelectorAll("svg.chart.location rect").length,
      files: document.querySelectorAll("section.file").length,
      active: document.querySelectorAll("script, img, iframe, object, embed").length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      cells: [...document.querySelectorAll("td.value mark")].map((m) => m.textContent),
      width: document.documentElement.scrollWidth,
    }));
    assert.equal(facts.title, "ingest-check report: failed");
    assert.equal(facts.files, 4);
    // Overview (by code, by file) + two files with row defects × (by code, by column, location).
    assert.equal(facts.svgs, 8);
    assert.equal(facts.barCharts, 6);
    assert.equal(facts.locationCharts, 2);
    assert.ok(facts.locationBars > 20, `${facts.locationBars} location bars`);
    assert.equal(facts.active, 0, "no element from the data became live");
    assert.equal(facts.pwned, undefined);
    assert.equal(dialogs, 0);
    assert.ok(facts.cells.includes(SCRIPT_PAYLOAD), "the <script> cell shows as text");
    assert.ok(facts.cells.includes(IMG_PAYLOAD), "the <img> cell shows as text");
    assert.ok(facts.cells.includes("line one\\r\\nline two"), "line breaks are shown, not applied");
    assert.ok(facts.width <= 1280, `no horizontal overflow (${facts.width}px)`);
    assert.deepEqual(requests, [], "nothing was fetched");
    assert.deepEqual(cspErrors, [], "nothing needed the CSP to step in");

    const dir = join(ROOT, "test-artifacts");
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, "html-report.png"), fullPage: true });

    // Control experiment: the same payload, unescaped and without the CSP, does run here,
    // so the checks above would catch a missing escape. A fresh page, since setContent reuses the
    // document and with it the report's CSP.
    const naked = `<!DOCTYPE html><html><body><table><tr><td>${IMG_PAYLOAD}</td></tr></table></body></html>`;
    const control = await browser.newPage();
    await control.setContent(naked, { waitUntil: "load" });
    await control.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned === 1, undefined, { timeout: 5000 });
  } finally {
    await browser.close();
  }
});
