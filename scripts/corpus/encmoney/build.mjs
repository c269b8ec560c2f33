// Builds the encmoney set in memory: export-shaped tables in a locale's money, date and number conventions (invoices, price lists, bank statements, sensor logs, timesheets, contact lists), a share whose only non-ASCII characters are symbols and separators, in the pages each language's exporters use; halves split by locale.
import iconv from "iconv-lite";
import { win, db, dos, mac, codecOf, UNICODE, Maker, csvLine } from "../enccat/build.mjs";
import { fits, prepare } from "../encset/build.mjs";
import { hash } from "../encreal/build.mjs";
import { PAGES as DESK_PAGES } from "../encdesk/build.mjs";

/** Language → legacy pages: encdesk's table, and English in the Western pages (a £ or € price list is the commonest symbol-only export). */
export const PAGES = { ...DESK_PAGES, en: [win("windows-1252"), win("windows-1252", ","), mac("macintosh"), db("iso-8859-1"), db("iso-8859-15"), dos("cp850"), dos("cp437")] };

/**
 * The half of each locale (0 tuning, 1 held out): a language's locales alternate between the halves (in name order, from a
 * half its hash picks), so the halves get about as many files; every file of a locale is in one half.
 */
export function halvesOf(sources) {
  const half = new Map();
  const seen = new Map();
  for (const L of [...sources].sort((a, b) => (a.locale < b.locale ? -1 : 1))) {
    const k = seen.get(L.lang) ?? (hash(`encmoney|${L.lang}`) & 1);
    half.set(L.locale, k);
    seen.set(L.lang, 1 - k);
  }
  return half;
}

/** What an exporter writes for a sign its page lacks (U+202F, the narrow no-break space, falls back to the no-break space first). */
const FALLBACK = { "\u202f": "\u00a0", "\u00a0": " ", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-", "…": "...", "°": " deg", "µ": "u", "²": "2", "³": "3",
  "±": "+/-", "½": "1/2", "¼": "1/4", "×": "x", "‰": "/1000", "™": "(TM)", "©": "(c)", "®": "(R)", "§": "Sec.", "•": "*", "·": ".", "€": "EUR", "£": "GBP", "¥": "JPY", "¢": "c" };

/** Text with every sign the page lacks replaced as FALLBACK says (`ascii`: every sign replaced, as in an English-only row). */
function signs(codec, s, ascii) {
  let out = "";
  for (let ch of s) {
    while (ch in FALLBACK && (ascii ? /[^\x00-\x7f]/.test(ch) : !fits(codec, ch))) ch = FALLBACK[ch];
    out += ch;
  }
  return out;
}

const COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam Inc", "Acme Corp", "Globex", "Initech", "Umbrella Supplies", "Wayne Logistics", "Stark Components", "Tyrell Systems", "Blue Yonder", "Litware", "Proseware", "Adventure Works"];
const ITEMS = ["Copy paper A4", "Toner cartridge", "Ballpoint pens", "Desk lamp", "USB cable", "Coffee beans", "Cleaning spray", "Screws M4", "Cable ties", "Printer labels", "Hand soap", "Olive oil", "Green tea", "Vitamin D3", "Floor tiles", "Paint, white"];
const PROJECTS = ["Migration", "Support", "Audit", "Onboarding", "Website", "Payroll", "Inventory", "Training"];
const MARKS = ["™", "®", "©"];
const NOTES = ["“bestseller”", "– 10 %", "see § 4", "• new", "…", "’24 stock", "—", "2 × 6 pack", "½ price", "ca. 3–5 days"];
const UNITS = [(m, c) => `${dec(m.int(1, 500) / 10, 1, c)} µg`, (m) => `${m.int(1, 90)} m²`, (m) => `${m.int(1, 40)} m³`, (m) => `${m.pick(["½", "¼"])} kg`, (m) => `${m.int(2, 12)} × ${m.int(2, 50)}`, (m) => `${m.int(1, 9)} l`];

const dec = (x, digits, c) => x.toFixed(digits).replace(".", c);
const pad = (n) => String(n).padStart(2, "0");

/** A grouped amount in the locale's money convention: its decimal sign, its thousands separator (in some cells, as spreadsheets do), the symbol before or after. */
function amount(m, L, symbol) {
  const x = m.int(-20000, 2500000) / 100;
  let [int, frac] = Math.abs(x).toFixed(2).split(".");
  if (L.group && m.rand() < 0.6) int = int.replace(/\B(?=(\d{3})+$)/g, L.group);
  const n = `${x < 0 ? "-" : ""}${int}${L.decimal}${frac}`;
  if (!symbol) return n;
  const sp = L.spaced ? "\u00a0" : "";
  return L.precedes ? `${symbol}${sp}${n}` : `${n}${sp}${symbol}`;
}

/** The context of one file: the locale, page, whether words (month and day names, countries) may be native, and whether the row is English-only. */
function rowTools(m, L, codec, words) {
  const sym = (s) => signs(codec, s, !words.signs);
  const letters = (s) => /\p{L}/u.test(s) && /[^\x00-\x7f]/.test(s);
  const money = L.currency && (words.native || !letters(L.currency)) && fits(codec, L.currency) ? L.currency : L.intCurrency;
  const word = (w, ascii) => (words.native && w && fits(codec, w) ? w : ascii);
  const date = (fmt) => {
    const d = m.int(1, 28), mo = m.int(1, 12), y = m.int(2018, 2026);
    const name = fmt === "words" ? word(L.months[mo - 1], null) : null;
    if (name) return `${d} ${name} ${y}`;
    return L.decimal === "," ? `${pad(d)}.${pad(mo)}.${y}` : `${y}-${pad(mo)}-${pad(d)}`;
  };
  return { sym, money: (s = true) => sym(amount(m, L, s ? money : null)), word, date, c: L.decimal };
}

/** The shapes: header and a row from (maker, tools, index, locale). */
export const SHAPES = {
  invoices: { header: ["invoice", "issued", "customer", "net", "vat", "total", "paid"], row: (m, t, i, L) => [`INV-${2400 + i}`, t.date(m.rand() < 0.5 ? "words" : "num"), t.sym(`${m.pick(COMPANIES)}${m.rand() < 0.2 ? m.pick(MARKS) : ""}`), t.money(false), t.money(false), t.money(), t.word(m.rand() < 0.7 ? L.yes : L.no, "yes")] },
  prices: { header: ["sku", "item", "size", "price", "note"], row: (m, t, i) => [`SKU${(i * 6151) % 100000}`, t.sym(m.pick(ITEMS)), t.sym(m.pick(UNITS)(m, t.c)), t.money(), m.rand() < 0.3 ? t.sym(m.pick(NOTES)) : ""] },
  statement: { header: ["booked", "day", "payee", "reference", "amount", "balance"], row: (m, t, i, L) => [t.date(m.rand() < 0.6 ? "words" : "num"), t.word(m.pick(L.days), m.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])), m.pick(COMPANIES), `REF${m.int(100000, 999999)}`, t.money(), t.money()] },
  sensors: { header: ["time", "sensor", "temperature", "humidity", "pm25", "drift"], row: (m, t, i, L) => [`${pad(m.int(1, 12))}:${pad(m.int(0, 59))}${L.ampm.length === 2 ? ` ${t.word(m.pick(L.ampm), "AM")}` : ""}`, `S-${pad(m.int(1, 40))}`, t.sym(`${dec(m.rand() * 40 - 5, 1, t.c)} °C`), `${dec(m.rand() * 100, 0, t.c)} %`, t.sym(`${m.int(2, 90)} µg/m³`), t.sym(`±${dec(m.rand(), 2, t.c)}`)] },
  timesheet: { header: ["day", "date", "span", "hours", "project"], row: (m, t, i, L) => [t.word(m.pick(L.days), m.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])), t.date(m.rand() < 0.5 ? "words" : "num"), t.sym(`${pad(m.int(7, 10))}:${m.pick(["00", "15", "30"])}–${pad(m.int(12, 18))}:${m.pick(["00", "30", "45"])}`), dec(m.int(1, 20) / 2, 1, t.c), t.sym(m.rand() < 0.3 ? `${m.pick(PROJECTS)} – phase ${m.int(1, 4)}` : m.pick(PROJECTS))] },
  contacts: { header: ["id", "country", "language", "phone", "currency", "opt-in"], row: (m, t, i, L) => [String(30000 + i), t.word(L.country, L.locale.slice(-2)), t.word(L.language, L.locale.slice(0, 2)), `+${L.phone || "1"} ${m.int(100, 999)} ${m.int(1000, 9999)}`, t.money(), t.word(L.yes, "yes")] },
};

/** Cases: rows and what may be non-ASCII (native: month, day, country names and the like; signs: symbols and separators). */
export const CASES = {
  normal: (m) => ({ rows: m.int(3, 60), native: true, local: 1 }),
  symbols: (m) => ({ rows: m.int(3, 60), native: false, local: 1 }),
  short: (m) => ({ rows: m.int(3, 6), native: false, local: 1 }),
  sparse: (m) => ({ rows: m.int(100, 1500), native: false, local: 0, one: true }),
  caps: (m) => ({ rows: m.int(3, 25), native: true, local: 1, caps: true }),
  mixed: (m) => ({ rows: m.int(10, 200), native: m.rand() < 0.5, local: 0.25 }),
};

/** The rows of one file: local rows (the locale's signs, and its words when native), English ones with every sign in ASCII, or ONE local row (sparse). */
function rowsOf(m, L, codec, shape, spec) {
  const one = spec.one ? m.int(0, spec.rows - 1) : -1;
  const rows = [];
  for (let i = 0; i < spec.rows; i++) {
    const local = i === one || m.rand() < spec.local;
    const t = rowTools(m, L, codec, { native: local && spec.native, signs: local });
    const row = shape.row(m, t, i, L);
    rows.push(spec.caps ? row.map((f) => f.toLocaleUpperCase(L.lang)) : row);
  }
  return rows;
}

const nonAscii = (s) => /[^\x00-\x7f]/.test(s);

/** One file, or null when nothing in it is non-ASCII in this page. */
function makeFile(L, half, seed, tool, kase, uni) {
  const [toolName, label, delim, eol, bom, all] = tool;
  const codec = codecOf(label);
  const m = new Maker(hash(`${seed}|${L.locale}|${toolName}|${label}|${kase}`));
  const spec = CASES[kase](m);
  const shapeName = m.pick(Object.keys(SHAPES));
  const shape = SHAPES[shapeName];
  const rows = rowsOf(m, L, codec, shape, spec);
  const cells = rows.flat();
  if (!cells.some(nonAscii) || !cells.every((f) => fits(codec, f))) return null;
  const text = prepare(codec, [spec.caps ? shape.header.map((h) => h.toUpperCase()) : shape.header, ...rows].map((r) => csvLine(r, delim, all)).join(eol) + eol);
  const body = iconv.encode(text, codec);
  const bytes = bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
  const path = `${half ? "held" : "tune"}/${uni ? "unicode" : "legacy"}/${toolName}-${label}/${kase}-${L.locale}-${shapeName}.csv`;
  return { path, encoding: label, family: toolName, language: L.locale, difficulty: kase, half, group: uni ? "unicode" : "legacy", bytes, lettersFree: !/[^\x00-\x7fµ]/u.test(text.replace(/[^\p{L}]/gu, "")) };
}

/** The whole set as [{ path, encoding, family (the tool), language (the locale), difficulty (the case), half, group, bytes, lettersFree (no non-ASCII letter but µ) }] from loadSources()'s locales. */
export function generateMoneyExports({ sources, seed = 19, halves = [0, 1] }) {
  const out = [];
  const halfOf = halvesOf(sources);
  for (const L of sources) {
    const half = halfOf.get(L.locale);
    if (!halves.includes(half)) continue;
    for (const kase of Object.keys(CASES)) {
      for (const tool of PAGES[L.lang] ?? []) {
        const f = makeFile(L, half, seed, tool, kase, false);
        if (f) out.push(f);
      }
      const m = new Maker(hash(`${seed}|${L.locale}|unicode|${kase}`));
      const f = makeFile(L, half, seed, m.pick(UNICODE), kase, true);
      if (f) out.push(f);
    }
  }
  return out;
}
