// Builds the encreg set in memory: a registry's per-country company exports (address, city, postcode, registration date, a count) from the IEEE MAC registry's real entries, mostly ASCII with a few accented letters (and the registry's own mojibake), in the pages each country's exporters use; halves split by country.
import iconv from "iconv-lite";
import { win, db, dos, mac, codecOf, Maker, csvLine } from "../enccat/build.mjs";
import { fits, prepare } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { alternatingHalves, keyedFiles } from "../lib-export-set.mjs";

const WEST = [win("windows-1252"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850"), mac("macintosh")];
const CENTRAL = [win("windows-1250"), db("iso-8859-2")];
/** Country → the legacy pages its exporters write (a registry's national office on Windows, a database dump, DOS, the Mac). */
export const PAGES = {
  ...Object.fromEntries(["DE", "AT", "CH", "FR", "ES", "IT", "SE", "DK", "NO", "FI", "PT", "BR", "BE", "NL", "CA"].map((c) => [c, WEST])),
  ...Object.fromEntries(["PL", "CZ", "HU", "SK", "SI"].map((c) => [c, CENTRAL])),
  TR: [win("windows-1254"), db("iso-8859-9")], EE: [win("windows-1257")], LT: [win("windows-1257")], LV: [win("windows-1257")],
  RU: [win("windows-1251"), db("koi8-r")], CN: [win("gbk", ","), db("gb18030")], HK: [win("big5", ",")], TW: [win("big5", ",")],
  JP: [win("shift_jis", ","), db("euc-jp")], KR: [win("euc-kr", ",")],
};

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);
const pad = (n) => String(n).padStart(2, "0");
const DATES = [(d, mo, y) => `${y}-${mo}-${d}`, (d, mo, y) => `${d}.${mo}.${y}`, (d, mo, y) => `${d}/${mo}/${y}`, (d, mo, y) => `${mo}/${d}/${y}`];

/** The shapes: header and a row from (maker, company, index, date style). */
const SHAPES = {
  registry: { header: ["assignment", "registry", "organization", "street", "city", "postcode", "country", "registered", "blocks"],
    row: (m, c, i, d) => [c.assignment, c.registry, c.name, c.street, c.city, c.postcode, c.country, d(), String(m.int(1, 40))] },
  members: { header: ["id", "company", "address", "zip", "city", "state", "country", "member since", "devices"],
    row: (m, c, i, d) => [String(10000 + i), c.name, c.street, c.postcode, c.city, c.state, c.country, d(), String(m.int(0, 250000))] },
  mailing: { header: ["company", "street", "postcode and city", "country", "last contact", "letters"],
    row: (m, c, i, d) => [c.name, c.street, [c.postcode, c.city].filter(Boolean).join(" "), c.country, d(), String(m.int(0, 12))] },
};

/**
 * Cases: rows, and how many of them are the country's own (drawn from all its entries, mostly ASCII) against ASCII rows of
 * other countries. tiny: 3–10 of the country's rows; few: 5–30; country: 10–300; region: 50–1,500 with a quarter the country's;
 * sparse: 200–3,000 rows of elsewhere with one or two of the country's non-ASCII rows.
 */
export const CASES = {
  tiny: (m) => ({ rows: m.int(3, 10), own: 1 }),
  few: (m) => ({ rows: m.int(5, 30), own: 1 }),
  country: (m) => ({ rows: m.int(10, 300), own: 1 }),
  region: (m) => ({ rows: m.int(50, 1500), own: 0.25 }),
  sparse: (m) => ({ rows: m.int(200, 3000), own: 0, native: m.int(1, 2) }),
};

const CJK = new Set(["CN", "HK", "TW", "JP", "KR"]);
const groupOf = (c) => (PAGES[c] === WEST ? "west" : PAGES[c] === CENTRAL ? "central" : CJK.has(c) ? "cjk" : "other");

/** The half of each country (0 tuning, 1 held out): in each group (Western, Central, CJK, the others), countries by number of non-ASCII rows alternate between the halves from a half the group's hash picks. */
export function halvesOf(byCountry) {
  return alternatingHalves(Object.keys(PAGES), groupOf, (k) => byCountry.get(k)?.native.length ?? 0, "encreg");
}

const cells = (c) => [c.name, c.street, c.city, c.state, c.postcode];

/** Companies by country: { all, native (a non-ASCII cell) }, and ASCII companies of countries no page is made for (the filler). */
export function byCountryOf(companies) {
  const by = new Map();
  const filler = [];
  for (const c of companies) {
    if (!PAGES[c.country]) {
      if (!cells(c).some(nonAscii)) filler.push(c);
      continue;
    }
    if (!by.has(c.country)) by.set(c.country, { all: [], native: [] });
    const e = by.get(c.country);
    e.all.push(c);
    if (cells(c).some(nonAscii)) e.native.push(c);
  }
  return { by, filler };
}

/** The companies of one file: the country's own, filler from elsewhere, the native rows a sparse file carries; at least one native row. */
function companiesOf(m, e, filler, spec) {
  const list = [];
  for (let i = 0; i < spec.rows; i++) list.push(m.rand() < spec.own ? m.pick(e.all) : m.pick(filler));
  for (let k = 0; k < (spec.native ?? 0); k++) list[m.int(0, list.length - 1)] = m.pick(e.native);
  if (!list.some((c) => cells(c).some(nonAscii))) list[m.int(0, list.length - 1)] = m.pick(e.native);
  return list;
}

/** One file, or null when no non-ASCII row fits its page; a row the page cannot hold is dropped (counted in `dropped`). */
function makeFile(country, e, filler, half, seed, tool, kase, uni) {
  const [toolName, label, delim, eol, bom, all] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${country}|${toolName}|${label}|${kase}`));
  const spec = CASES[kase](m);
  const shapeName = m.pick(Object.keys(SHAPES));
  const shape = SHAPES[shapeName];
  const style = DATES[m.int(0, DATES.length - 1)];
  const date = () => style(pad(m.int(1, 28)), pad(m.int(1, 12)), m.int(1986, 2024));
  const rows = companiesOf(m, e, filler, spec).map((c, i) => shape.row(m, c, i, date));
  const kept = rows.filter((r) => r.every((f) => fits(codec, f)));
  if (!kept.flat().some(nonAscii)) return null;
  const text = prepare(codec, [shape.header, ...kept].map((r) => csvLine(r, delim, all)).join(eol) + eol);
  const body = iconv.encode(text, codec);
  const bytes = bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${country}-${shapeName}.csv`;
  const letters = [...new Set(text.match(/[^\x00-\x7f]/gu) ?? [])].join("");
  return { path, encoding: label, family: toolName, language: country, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, dropped: rows.length - kept.length, rows: kept.length, letters };
}

/** The whole set as [{ path, encoding, family (the tool), language (the country), difficulty (the case), half, group, bytes, dropped, rows, letters }] from loadCompanies()'s rows. */
export function generateRegistryExports({ companies, seed = 20, halves = [0, 1] }) {
  const { by, filler } = byCountryOf(companies);
  const make = (key, e, half, tool, kase, uni) => makeFile(key, e, filler, half, seed, tool, kase, uni);
  return keyedFiles({ by, halfOf: halvesOf(by), halves, cases: CASES, pages: PAGES, seed, make });
}
