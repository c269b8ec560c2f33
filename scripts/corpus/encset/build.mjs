// Builds the encoding test set in memory: realistic CSV exports per encoding, language and difficulty class, deterministic from a seed.
import iconv from "iconv-lite";
import { LANGUAGES, TEXT_POOLS, languagePools } from "./text.mjs";

/** [label, iconv-lite codec that encodes it and decodes the truth, family, languages]. */
export const ENCODINGS = [
  ["utf-8", "utf-8", "unicode", ["de", "fr", "pl", "ru", "el", "tr", "he", "ar", "vi", "th", "ja", "zh_CN", "ko", "lt", "ca", "is"]],
  ["windows-1252", "windows-1252", "western", ["da", "nb", "ca", "it", "es", "fr", "de", "pt", "fi", "is", "sv", "nl"]],
  ["iso-8859-1", "iso-8859-1", "western", ["da", "nb", "ca", "it", "es", "fr", "de", "pt", "fi", "is", "sv", "nl"]],
  ["iso-8859-15", "iso-8859-15", "western", ["fr", "fi", "et", "de", "es", "it", "nl", "da"]],
  ["macintosh", "macintosh", "western", ["fr", "de", "es", "it", "pt", "sv", "da", "nb"]],
  ["windows-1250", "windows-1250", "central", ["pl", "cs", "sk", "hu", "ro", "hr", "sl"]],
  ["iso-8859-2", "iso-8859-2", "central", ["pl", "cs", "sk", "hu", "ro", "hr", "sl"]],
  ["iso-8859-16", "iso-8859-16", "central", ["ro", "pl", "hu", "hr", "sl"]],
  ["windows-1251", "windows-1251", "cyrillic", ["ru", "uk", "bg", "mk", "sr"]],
  ["iso-8859-5", "iso-8859-5", "cyrillic", ["ru", "bg", "mk", "sr"]],
  ["koi8-r", "koi8-r", "cyrillic", ["ru", "bg"]],
  ["koi8-u", "koi8-u", "cyrillic", ["uk"]],
  ["ibm866", "cp866", "cyrillic", ["ru", "bg"]],
  ["windows-1253", "windows-1253", "greek", ["el"]],
  ["iso-8859-7", "iso-8859-7", "greek", ["el"]],
  ["windows-1254", "windows-1254", "turkish", ["tr"]],
  ["iso-8859-9", "iso-8859-9", "turkish", ["tr"]],
  ["windows-1255", "windows-1255", "hebrew", ["he"]],
  ["iso-8859-8", "iso-8859-8", "hebrew", ["he"]],
  ["windows-1256", "windows-1256", "arabic", ["ar", "fa"]],
  ["windows-1257", "windows-1257", "baltic", ["lv", "lt", "et"]],
  ["iso-8859-13", "iso-8859-13", "baltic", ["lv", "lt", "et"]],
  ["iso-8859-4", "iso-8859-4", "baltic", ["lv", "lt", "et"]],
  ["windows-1258", "windows-1258", "vietnamese", ["vi"]],
  ["windows-874", "windows-874", "thai", ["th"]],
  ["tis-620", "tis620", "thai", ["th"]],
  ["shift_jis", "cp932", "japanese", ["ja"]],
  ["euc-jp", "euc-jp", "japanese", ["ja"]],
  ["gbk", "gbk", "chinese-simplified", ["zh_CN"]],
  ["gb18030", "gb18030", "chinese-simplified", ["zh_CN"]],
  ["big5", "big5", "chinese-traditional", ["zh_TW"]],
  ["euc-kr", "euc-kr", "korean", ["ko"]],
  ["utf-16le", "utf-16le", "unicode", ["de", "ru", "el", "ja", "ar", "pl"]],
  ["utf-16be", "utf-16be", "unicode", ["fr", "uk", "he", "zh_CN", "ko", "tr"]],
];

/**
 * Lookalike pairs [label, other]: text in `label` whose bytes are also valid text in `other` and decode there
 * to something else (Danish read as windows-1257, Ukrainian KOI8-U as KOI8-R, EUC-KR as GB18030…).
 */
export const LOOKALIKES = [
  ["iso-8859-1", "iso-8859-15"], ["iso-8859-15", "iso-8859-1"], ["windows-1252", "windows-1257"], ["windows-1252", "windows-1250"],
  ["windows-1252", "macintosh"], ["macintosh", "windows-1252"], ["iso-8859-2", "windows-1250"], ["iso-8859-16", "iso-8859-2"],
  ["koi8-u", "koi8-r"], ["windows-1251", "koi8-r"], ["koi8-r", "windows-1251"], ["iso-8859-5", "windows-1251"], ["ibm866", "windows-1251"],
  ["iso-8859-7", "windows-1253"], ["windows-1253", "iso-8859-7"], ["windows-1255", "iso-8859-8"], ["windows-1254", "windows-1252"],
  ["iso-8859-9", "iso-8859-1"], ["windows-1257", "windows-1252"], ["iso-8859-13", "windows-1257"], ["iso-8859-4", "iso-8859-13"],
  ["windows-1258", "windows-1252"], ["euc-kr", "gb18030"], ["gbk", "euc-jp"], ["euc-jp", "gbk"], ["big5", "gbk"], ["shift_jis", "gb18030"],
];

const BY_LABEL = new Map(ENCODINGS.map((e) => [e[0], { label: e[0], codec: e[1], family: e[2], languages: e[3] }]));

/** The iconv-lite codec that decodes a label's files to the text they were made from. */
export function labelCodec(label) {
  return BY_LABEL.get(label)?.codec ?? label;
}

/** mulberry32, so the same seed gives byte-for-byte the same set. why not src/profile/stats.ts seededRandom: the generator runs without a build. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const isUnicode = (codec) => /^utf-/.test(codec);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Text as the codec writes it: windows-1258 keeps Vietnamese tone marks as combining characters after the base letter. */
export function prepare(codec, s) {
  const nfc = s.normalize("NFC");
  if (codec !== "windows-1258") return nfc;
  let out = "";
  for (const ch of nfc) {
    const d = ch.normalize("NFD");
    out += d.replace(TONES, "").normalize("NFC") + (d.match(TONES) ?? []).join("");
  }
  return out;
}

/** True when `s` survives encoding to `codec` and back (no character replaced). */
export function fits(codec, s) {
  if (isUnicode(codec)) return true;
  const t = prepare(codec, s);
  return iconv.decode(iconv.encode(t, codec), codec) === t;
}

const poolCache = new Map();
/** A language's pool restricted to what `codec` can represent; `ascii` keeps only pure ASCII values. */
function pool(lang, name, codec, ascii = false) {
  const key = `${lang}|${name}|${codec}|${ascii}`;
  let p = poolCache.get(key);
  if (!p) {
    const all = languagePools(lang)[name] ?? [];
    p = all.filter((v) => v.length <= 60 && (ascii ? /^[\x20-\x7e]*$/.test(v) : fits(codec, v) && !/[;"\r\n]/.test(v)));
    poolCache.set(key, p);
  }
  return p;
}

class Maker {
  constructor(seed, lang, codec, filter = null, inject = null) {
    this.rand = seededRandom(seed);
    this.lang = lang;
    this.codec = codec;
    this.pools = languagePools(lang);
    // why a filter: lookalike files draw only values whose bytes read as other text in the lookalike encoding
    this.filter = filter;
    this.inject = inject;
  }
  int(lo, hi) { return lo + Math.floor(this.rand() * (hi - lo + 1)); }
  chance(p) { return this.rand() < p; }
  pickOf(arr) { return arr.length ? arr[Math.floor(this.rand() * arr.length)] : null; }
  /** A native value from the first pool (in order) that has any. */
  pick(...names) {
    for (const n of names) {
      const p = this.filtered(n);
      if (p.length) return this.pickOf(p);
    }
    return null;
  }
  filtered(name) {
    this.cache ??= new Map();
    let p = this.cache.get(name);
    if (!p) {
      p = pool(this.lang, name, this.codec);
      if (this.filter) p = p.filter(this.filter);
      this.cache.set(name, p);
    }
    return p;
  }
  /** A value in plain ASCII from the pools (e.g. names without accents), or a code when the language has none. */
  ascii(name, fallback) {
    return this.pickOf(pool(this.lang, name, this.codec, true)) ?? fallback;
  }
  number(x, decimals) {
    const s = x.toFixed(decimals);
    const [i, f] = s.split(".");
    const g = this.pools.group;
    // why sometimes grouped: spreadsheet exports write thousands separators (a no-break space in many locales) only in some columns
    // why ASCII rows never get a non-ASCII separator: a no-break space would put a non-ASCII byte in every row of a "rare" file
    const useGroup = this.groupOn && i.length > 3 && (/^[\x20-\x7e]$/.test(g) || (this.nativeRow && fits(this.codec, g)));
    const int = useGroup ? i.replace(/\B(?=(\d{3})+(?!\d))/g, g) : i;
    return f === undefined ? int : int + this.pools.decimal + f;
  }
  date() {
    const y = this.int(1998, 2026), m = this.int(1, 12), d = this.int(1, 28);
    const p2 = (n) => String(n).padStart(2, "0");
    const shape = this.pools.date;
    return shape.replace("y", String(y)).replace("m", p2(m)).replace("d", p2(d));
  }
  /** Free text: a few words or names of the language joined like a comment someone typed. */
  text() {
    if (this.inject && this.chance(0.5)) return `${this.pick("products", "territories") ?? ""} ${this.pickOf(this.inject)}`.trim();
    const words = pool(this.lang, "words", this.codec);
    const noSpace = /^(ja|zh_CN|zh_TW|th)$/.test(this.lang);
    if (words.length > 20 && this.chance(0.5)) {
      const n = this.int(3, 9);
      const ws = Array.from({ length: n }, () => this.pickOf(words));
      return ws.join(noSpace ? "" : " ");
    }
    const n = this.int(1, 3);
    const parts = [];
    for (let i = 0; i < n; i++) {
      const v = this.pick(this.pickOf(TEXT_POOLS), "territories", "languages");
      if (v) parts.push(v);
    }
    return parts.join(this.pickOf([", ", " – ", " / ", "; ", ". "].filter((sep) => fits(this.codec, sep) && (!this.filter || this.filter(sep)))));
  }
}

/** Table shapes: a header and a row maker. `native` false writes a row of ASCII values only. */
const SHAPES = {
  customers: {
    header: ["id", "first_name", "last_name", "city", "street", "registered", "balance", "comment"],
    row(m, i, native) {
      const n = native ? (a, b, fb) => m.pick(a, b) ?? fb : (a, b, fb) => m.ascii(a, fb);
      const street = n("streets", "regions", "Main St");
      return [String(10000 + i), n("firstNames", "firstNames", `C${i}`), n("lastNames", "lastNames", "X"), n("cities", "territories", "N/A"),
        `${street} ${m.int(1, 180)}`, m.date(), m.number(m.rand() * 20000 - 2000, 2), native && m.chance(0.4) ? m.text() : ""];
    },
  },
  orders: {
    header: ["order_no", "order_date", "customer", "product", "quantity", "unit_price", "total", "country", "note"],
    row(m, i, native) {
      const qty = m.int(1, 40);
      const price = m.rand() * 500;
      const name = native ? `${m.pick("firstNames") ?? ""} ${m.pick("lastNames") ?? ""}`.trim() : `CUST-${m.int(1000, 9999)}`;
      return [`SO-${200000 + i}`, m.date(), name, native ? m.pick("products", "currencies") ?? "" : `SKU-${m.int(10000, 99999)}`, String(qty),
        m.number(price, 2), m.number(price * qty, 2), native ? m.pick("territories") ?? "" : m.pickOf(["DE", "FR", "PL", "US", "JP", "BR"]), native && m.chance(0.3) ? m.text() : ""];
    },
  },
  staff: {
    header: ["employee_id", "name", "department", "start_date", "salary", "hours", "city", "remarks"],
    row(m, i, native) {
      const name = native ? `${m.pick("firstNames") ?? ""} ${m.pick("lastNames") ?? ""}`.trim() : `${m.ascii("firstNames", "Emp")} ${m.ascii("lastNames", String(i))}`;
      return [`E${String(i).padStart(5, "0")}`, name, native ? m.pick("jobs", "companies", "languages") ?? "" : m.pickOf(["Sales", "IT", "HR", "Ops"]), m.date(),
        m.number(1500 + m.rand() * 6000, 2), m.number(20 + m.rand() * 20, 1), native ? m.pick("cities", "territories") ?? "" : m.ascii("cities", "HQ"), native && m.chance(0.3) ? m.text() : ""];
    },
  },
};

/** One CSV line: fields quoted when they hold the delimiter, a quote or a line break, or always in quote-all exports. */
function csvLine(fields, delim, quoteAll) {
  return fields.map((f) => (quoteAll || f.includes(delim) || f.includes('"') || /[\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delim);
}

function encodeText(codec, text, bom) {
  const body = iconv.encode(prepare(codec, text), codec);
  // why: iconv-lite writes "?" for a character the code page lacks; a file must hold only text its label can say
  if (iconv.decode(body, codec) !== prepare(codec, text)) throw new Error(`encset: text not representable in ${codec}`);
  if (!bom) return body;
  return Buffer.concat([iconv.encode("\ufeff", codec), body]);
}

/**
 * Writes one file. `plan` says, row by row, which rows are native (the rest are ASCII):
 * normal: all; rare: 1–3 of a few hundred; late: none until `lateAt` bytes, then all; short: all, under 500 bytes.
 */
function makeFile({ seed, label, lang, difficulty, filter = null, inject = null, bom = false, lateMax = 3 << 20 }) {
  const enc = BY_LABEL.get(label);
  const m = new Maker(seed, lang, enc.codec, filter, inject);
  const shapeName = m.pickOf(Object.keys(SHAPES));
  const shape = SHAPES[shapeName];
  const delim = m.pools.decimal === "," ? ";" : m.chance(0.2) ? "\t" : ",";
  const eol = label === "macintosh" && m.chance(0.5) ? "\r" : m.chance(0.85) ? "\r\n" : "\n";
  const quoteAll = m.chance(0.25);
  m.groupOn = m.chance(0.3);
  m.nativeRow = true;
  const lines = [csvLine(shape.header, delim, quoteAll)];
  let size = lines[0].length + eol.length;
  const line = (i, native, mustAccent = false) => {
    m.nativeRow = native;
    let l = csvLine(shape.row(m, i, native), delim, quoteAll);
    // why: a rare-accent row drawn from the language's pools can still be plain ASCII ("Hans Berger"); draw again
    // (a letter: a row whose only non-ASCII character is a dash or a no-break space is not an accented value)
    for (let k = 0; mustAccent && k < 50 && !/[^\x00-\x7f\P{L}]/u.test(l); k++) l = csvLine(shape.row(m, i, native), delim, quoteAll);
    lines.push(l);
    size += l.length + eol.length; // characters; close to bytes for the ASCII part that matters here
  };
  if (difficulty === "short") {
    for (let i = 1; i < 12; i++) {
      line(i, true, i === 1);
      // why measured encoded: CJK text in UTF-8 takes 3 bytes a character, UTF-16 two for every character
      if (i > 1 && encodeText(enc.codec, lines.join(eol) + eol, bom).length >= 500) {
        lines.pop();
        break;
      }
    }
  } else if (difficulty === "rare") {
    const rows = m.int(200, 800);
    const natives = new Set(Array.from({ length: m.int(1, 3) }, () => m.int(1, rows)));
    for (let i = 1; i <= rows; i++) line(i, natives.has(i), true);
  } else if (difficulty === "late") {
    // log-uniform between 70 KiB and `lateMax` (3 MiB): all past the first 64 KiB, some several MB in
    const lateAt = Math.round(70 * 1024 * Math.exp(m.rand() * Math.log(lateMax / (70 * 1024))));
    let i = 1;
    while (size < lateAt) line(i++, false);
    const tail = m.int(20, 200);
    for (let k = 0; k < tail; k++) line(i++, true, k === 0);
  } else {
    const rows = m.int(40, 1500);
    for (let i = 1; i <= rows; i++) line(i, true);
  }
  const text = lines.join(eol) + eol;
  return encodeText(enc.codec, text, bom);
}

/**
 * For a single-byte pair: the words of the languages (from the pools) holding a character whose byte reads as
 * another printable character in `other` (Greek words with Ά for windows-1253 vs ISO-8859-7), so that a file
 * has some even when such words are rare. Null for multi-byte pairs, where nearly every character differs.
 */
function telling(label, other, langs) {
  const a = labelCodec(label), b = labelCodec(other);
  if (/^(cp932|euc-jp|gbk|gb18030|big5|euc-kr)$/.test(a)) return null;
  const memo = new Map();
  const differs = (ch) => {
    if (!memo.has(ch)) {
      const x = iconv.decode(iconv.encode(prepare(a, ch), a), b);
      memo.set(ch, ch.charCodeAt(0) >= 0x80 && x !== ch && printable(x) && !/[\u0000-\u001f]/.test(x));
    }
    return memo.get(ch);
  };
  const words = new Set();
  for (const lang of langs) {
    for (const name of [...TEXT_POOLS, "cities", "firstNames", "lastNames"]) for (const v of pool(lang, name, a)) if ([...v].some(differs)) words.add(v);
  }
  return [...words].slice(0, 400);
}

function printable(s) {
  return s.length > 0 && !/[\ufffd\u0080-\u009f]/.test(s);
}

/** A value filter for a lookalike pair: the value's bytes decode as printable text in `other` too. */
function lookalikeFilter(label, other) {
  const a = labelCodec(label), b = labelCodec(other);
  return (v) => {
    const there = iconv.decode(iconv.encode(prepare(a, v), a), b);
    return printable(there) && !/[\u0000-\u001f]/.test(there);
  };
}

/**
 * Fragments a person would type that hold the characters telling a pair apart, for pairs whose
 * word pools rarely do (½ in ISO-8859-1 is œ in -15; € in -15 is ¤ in -1; ₪ in windows-1255 is ¤ in ISO-8859-8).
 */
const INJECT = {
  "iso-8859-1>iso-8859-15": ["½ kg", "¼ l", "1¾ h", "´", "¼", "½ m"],
  "iso-8859-15>iso-8859-1": ["€", "12,50 €", "€ 99", "œuvre", "Œ"],
  "windows-1255>iso-8859-8": ["₪", "120 ₪", "₪ 45.90"],
  "windows-1252>macintosh": ["€", "–", "“OK”", "…"],
};

/** Does `buf` (a `label` file) decode in `other` to printable, different text? */
function isLookalike(buf, label, other) {
  const there = iconv.decode(buf, labelCodec(other));
  return printable(there.replace(/[\r\n\t]/g, "")) && there !== iconv.decode(buf, labelCodec(label));
}

/**
 * The whole set as [{ path, encoding, family, language, difficulty, bytes }].
 * `scale`: "full" (a few hundred files, tens of MB) or "small" (a few dozen small files, for the test suite).
 */
export function generateSet({ seed = 13, scale = "full" } = {}) {
  const out = [];
  const add = (label, lang, difficulty, extra = {}) => {
    const enc = BY_LABEL.get(label);
    const n = out.filter((f) => f.encoding === label && f.difficulty === difficulty).length + 1;
    const tag = extra.tag ?? "";
    const name = `${enc.family}/${label}/${difficulty}-${lang}${tag}-${n}.csv`;
    const bytes = makeFile({ seed: hash(`${seed}|${name}`), label, lang, difficulty, ...extra });
    out.push({ path: name, encoding: label, family: enc.family, language: lang, difficulty, bytes, ...(extra.other ? { lookalike: extra.other } : {}) });
  };
  const small = scale === "small";
  for (const [label, , , langs] of ENCODINGS) {
    const wide = /^utf-16/.test(label);
    const pickLang = (k) => langs[(k + hash(label)) % langs.length];
    if (small) {
      // why late files stay near 100 KiB here: the small set is for the test suite, which must stay fast
      // why two files per encoding: with ~75 files, 98 % is a share (one miss allowed), not "every file"
      for (let k = 0; k < 2; k++) {
        const cls = ["normal", "rare", "short", "late"][(hash(label) + k) % 4];
        add(label, pickLang(k), wide ? (k ? "short" : "normal") : cls, { bom: wide && k === 0, lateMax: 110 << 10 });
      }
      continue;
    }
    const normals = Math.max(3, Math.min(langs.length, 5));
    for (let k = 0; k < normals; k++) add(label, pickLang(k), "normal", { bom: wide && k % 2 === 0, tag: wide ? (k % 2 === 0 ? "-bom" : "-nobom") : "" });
    for (let k = 0; k < 2; k++) add(label, pickLang(k + 1), "short", { bom: wide && k === 0, tag: wide ? (k === 0 ? "-bom" : "-nobom") : "" });
    if (wide) continue;
    for (let k = 0; k < 3; k++) add(label, pickLang(k + 2), "rare");
    add(label, pickLang(3), "late");
  }
  for (const [label, other] of small ? LOOKALIKES.filter((_, i) => i % 4 === 0) : LOOKALIKES) addLookalike(out, seed, label, other, small ? 1 : 2);
  return out;
}

function addLookalike(out, seed, label, other, count) {
  const enc = BY_LABEL.get(label);
  const filter = lookalikeFilter(label, other);
  const inject = (INJECT[`${label}>${other}`]?.filter((v) => fits(enc.codec, v)) ?? telling(label, other, enc.languages))?.filter(filter) ?? null;
  let made = 0;
  for (let attempt = 0; attempt < 12 && made < count; attempt++) {
    const lang = enc.languages[(attempt + made) % enc.languages.length];
    const name = `${enc.family}/${label}/lookalike-${other}-${lang}-${made + 1}.csv`;
    const difficulty = "lookalike";
    let bytes;
    try {
      bytes = makeFile({ seed: hash(`${seed}|${name}|${attempt}`), label, lang, difficulty: made === 0 ? "normal" : "short", filter, inject });
    } catch (e) {
      if (process.env.ENCSET_DEBUG) console.error(name, e.message);
      continue;
    }
    if (!isLookalike(bytes, label, other)) {
      if (process.env.ENCSET_DEBUG) console.error(name, "not a lookalike");
      continue;
    }
    out.push({ path: name, encoding: label, family: enc.family, language: lang, difficulty, bytes, lookalike: other });
    made++;
  }
}

export { LANGUAGES };

/**
 * A UTF-8 export with a legacy tail (rows appended by another tool): `head` native rows in UTF-8, then `tail`
 * rows in `label`. Returns the bytes and the data-row numbers (1-based, header excluded) whose bytes are not
 * valid UTF-8, i.e. the rows a reader must flag and the only ones.
 */
export function mixedFile({ seed = 13, label, lang, head = 30, tail = 12 }) {
  const enc = BY_LABEL.get(label);
  const m = new Maker(hash(`${seed}|mixed|${label}|${lang}`), lang, enc.codec);
  m.groupOn = false;
  m.nativeRow = true;
  const shape = SHAPES.customers;
  const delim = m.pools.decimal === "," ? ";" : ",";
  const parts = [Buffer.from(csvLine(shape.header, delim, false) + "\r\n")];
  const badRows = [];
  const strict = new TextDecoder("utf-8", { fatal: true });
  for (let i = 1; i <= head + tail; i++) {
    const text = csvLine(shape.row(m, i, true), delim, false) + "\r\n";
    const bytes = i <= head ? Buffer.from(text, "utf8") : encodeText(enc.codec, text, false);
    try {
      strict.decode(bytes);
    } catch {
      badRows.push(i);
    }
    parts.push(bytes);
  }
  return { bytes: Buffer.concat(parts), badRows };
}
