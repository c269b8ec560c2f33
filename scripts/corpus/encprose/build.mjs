// Builds the encprose set in memory: CSV exports in every supported encoding from independent prose (man pages, Vim tutor, glibc locales), deterministic from a seed.
import iconv from "iconv-lite";
import { ENCODINGS as ENCSET_ENCODINGS, LOOKALIKES, labelCodec, seededRandom, fits, prepare } from "../encset/build.mjs";

/** The languages each encoding serves in this set (label → languages); the family and codec come from encset's list. */
const LANGS = {
  "utf-8": ["de", "pl", "ru", "el", "tr", "he", "ar", "vi", "th", "ja", "zh_CN", "ko", "lt", "is", "et"],
  "windows-1252": ["da", "nb", "sv", "fi", "de", "fr", "es", "it", "nl", "pt", "ca", "is"],
  "iso-8859-1": ["is", "da", "nb", "ca", "es", "pt", "fr", "de", "it", "sv", "nl", "fi"],
  "iso-8859-15": ["fr", "fi", "et", "de", "nl", "es"],
  macintosh: ["fr", "de", "es", "it", "pt", "sv", "da", "nb"],
  "windows-1250": ["pl", "cs", "sk", "hu", "ro", "hr", "sl"],
  "iso-8859-2": ["cs", "pl", "hu", "sk", "hr", "sl", "ro"],
  "iso-8859-16": ["ro", "pl", "hu", "hr", "sl"],
  "windows-1251": ["ru", "uk", "bg", "mk", "sr"],
  "iso-8859-5": ["ru", "bg", "mk", "sr"],
  "koi8-r": ["ru", "bg"], "koi8-u": ["uk"], ibm866: ["ru", "bg"],
  "windows-1253": ["el"], "iso-8859-7": ["el"], "windows-1254": ["tr"], "iso-8859-9": ["tr"],
  "windows-1255": ["he"], "iso-8859-8": ["he"], "windows-1256": ["ar", "fa"],
  "windows-1257": ["lt", "lv", "et"], "iso-8859-13": ["lv", "lt", "et"], "iso-8859-4": ["lv", "lt", "et"],
  "windows-1258": ["vi"], "windows-874": ["th"], "tis-620": ["th"],
  shift_jis: ["ja"], "euc-jp": ["ja"], gbk: ["zh_CN"], gb18030: ["zh_CN"], big5: ["zh_TW"], "euc-kr": ["ko"],
  "utf-16le": ["de", "ru", "ja", "ar", "pl"], "utf-16be": ["fr", "uk", "he", "zh_CN", "ko"],
};

export const ENCODINGS = ENCSET_ENCODINGS.map(([label, codec, family]) => ({ label, codec, family, languages: LANGS[label] ?? [] }));
const BY_LABEL = new Map(ENCODINGS.map((e) => [e.label, e]));
export { LOOKALIKES, labelCodec };

export function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const hasLetterBeyondAscii = (s) => /[^\x00-\x7f\P{L}]/u.test(s);

/** A language's text narrowed to what one codec can hold (and a value filter, for lookalike files). */
function poolsFor(text, codec, filter) {
  const ok = (v) => fits(codec, v) && (!filter || filter(v));
  const sentences = text.sentences.filter(ok);
  const words = [...new Set(sentences.flatMap((s) => s.split(/[\s,.;:!?()"“”«»]+/u)).filter((w) => w.length >= 3 && w.length <= 24 && /^\p{L}[\p{L}\p{M}'’-]*$/u.test(w)))].sort();
  return {
    sentences,
    nativeSentences: sentences.filter(hasLetterBeyondAscii),
    asciiSentences: text.sentences.filter((s) => isAscii(s) && !/[;"]/.test(s)),
    words, nativeWords: words.filter(hasLetterBeyondAscii), asciiWords: words.filter(isAscii),
    names: (text.names ?? []).filter(ok), asciiNames: (text.names ?? []).filter(isAscii),
    months: text.months.filter(ok), days: text.days.filter(ok),
    decimal: fits(codec, text.decimal) ? text.decimal : ",",
    group: text.group && fits(codec, text.group) ? text.group : "",
  };
}

class Maker {
  constructor(seed, pools) {
    this.rand = seededRandom(seed);
    this.p = pools;
  }
  int(lo, hi) { return lo + Math.floor(this.rand() * (hi - lo + 1)); }
  chance(p) { return this.rand() < p; }
  pick(arr) { return arr.length ? arr[Math.floor(this.rand() * arr.length)] : null; }
  /** An item name: two or three words of the language, the first capitalised, as a product or task title. */
  item(native) {
    const ws = native ? this.p.words : this.p.asciiWords;
    if (!ws.length) return `ITEM-${this.int(100, 999)}`;
    const n = this.int(1, 3);
    const parts = Array.from({ length: n }, () => this.pick(ws));
    // why one native word at least: a "native" row should carry the language's letters where the language has them
    if (native && this.p.nativeWords.length && !parts.some(hasLetterBeyondAscii)) parts[0] = this.pick(this.p.nativeWords);
    const s = parts.join(" ");
    return s.charAt(0).toLocaleUpperCase() + s.slice(1);
  }
  date(native) {
    const y = this.int(1999, 2026), m = this.int(1, 12), d = this.int(1, 28);
    const p2 = (n) => String(n).padStart(2, "0");
    if (native && this.p.months.length === 12 && this.chance(0.5)) return `${d} ${this.p.months[m - 1]} ${y}`;
    return this.p.decimal === "," ? `${p2(d)}.${p2(m)}.${y}` : `${y}-${p2(m)}-${p2(d)}`;
  }
  amount(native) {
    const [i, f] = (this.rand() * 25000 - 3000).toFixed(2).split(".");
    const g = this.p.group;
    // why grouping only in native rows: a no-break-space separator would put a non-ASCII byte in every row of a rare file
    const grouped = this.groupOn && native && g && i.replace("-", "").length > 3 ? i.replace(/\B(?=(\d{3})+(?!\d))/g, g) : i;
    return `${grouped}${this.p.decimal}${f}`;
  }
  comment(native) {
    if (!native) return this.chance(0.3) ? this.pick(this.p.asciiSentences) ?? "" : "";
    return this.chance(0.7) ? this.pick(this.p.nativeSentences) ?? this.pick(this.p.sentences) ?? "" : "";
  }
  name(native) {
    const ns = native ? this.p.names : this.p.asciiNames;
    return this.pick(ns) ?? this.item(native);
  }
  row(i, native) {
    return [String(1000 + i), this.name(native), this.item(native), native && this.chance(0.5) ? this.pick(this.p.days) ?? "" : "",
      this.date(native), this.amount(native), this.comment(native)];
  }
  /** An ASCII row with a single native value (a name, a word, a day or month name, or a sentence): the hardest rare row. */
  singleRow(i) {
    const f = this.row(i, false);
    const p = this.p;
    const options = [
      [1, p.names.filter(hasLetterBeyondAscii)], [2, p.nativeWords], [3, p.days.filter(hasLetterBeyondAscii)],
      [4, p.months.length === 12 ? p.months.filter(hasLetterBeyondAscii).map((mo) => `${this.int(1, 28)} ${mo} ${this.int(1999, 2026)}`) : []], [6, p.nativeSentences],
    ].filter(([, xs]) => xs.length);
    const [k, xs] = this.pick(options) ?? [6, p.sentences];
    const v = this.pick(xs) ?? "";
    f[k] = k === 2 ? v.charAt(0).toLocaleUpperCase() + v.slice(1) : v;
    return f;
  }
}

const HEADER = ["id", "name", "item", "weekday", "date", "amount", "comment"];

function csvLine(fields, delim, quoteAll) {
  return fields.map((f) => (quoteAll || f.includes(delim) || f.includes('"') || /[\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delim);
}

/** The bytes of `text` in `codec`; throws when a character would not survive (iconv-lite writes "?" for those). */
export function encodeText(codec, text, bom = false) {
  const t = prepare(codec, text);
  const body = iconv.encode(t, codec);
  if (iconv.decode(body, codec) !== t) throw new Error(`encprose: text not representable in ${codec}`);
  return bom ? Buffer.concat([iconv.encode("\ufeff", codec), body]) : body;
}

/** Row plan per class: normal 30–600 native rows; short 3–10; rare one native row (sometimes two) in 200–800; late 10,000–14,000 ASCII rows first. */
function plan(m, difficulty) {
  if (difficulty === "short") return Array.from({ length: m.int(3, 10) }, () => true);
  if (difficulty === "rare") {
    const rows = m.int(200, 800);
    const natives = new Set([m.int(1, rows), ...(m.chance(0.3) ? [m.int(1, rows)] : [])]);
    return Array.from({ length: rows }, (_, i) => natives.has(i + 1));
  }
  if (difficulty === "late") {
    const ascii = m.int(10_000, 14_000);
    return Array.from({ length: ascii + m.int(10, 80) }, (_, i) => i >= ascii);
  }
  return Array.from({ length: m.int(30, 600) }, () => true);
}

function makeFile({ seed, enc, text, difficulty, filter = null, bom = false, singleValue = false }) {
  const pools = poolsFor(text, enc.codec, filter);
  if (pools.nativeSentences.length + pools.nativeWords.length < 5 && !/^(ja|zh|ko|th)/.test(text.lang ?? "")) throw new Error("encprose: too little native text");
  const m = new Maker(seed, pools);
  const delim = pools.decimal === "," ? ";" : m.chance(0.25) ? "\t" : ",";
  const eol = enc.label === "macintosh" && m.chance(0.4) ? "\r" : m.chance(0.8) ? "\r\n" : "\n";
  const quoteAll = m.chance(0.2);
  m.groupOn = m.chance(0.4);
  const lines = [csvLine(HEADER, delim, quoteAll)];
  // why single values: in a real export the one accented thing in 500 rows is often one name or word, not a whole row
  const single = difficulty === "rare" && singleValue;
  for (const [i, native] of plan(m, difficulty).entries()) {
    const draw = () => (native && single ? m.singleRow(i + 1) : m.row(i + 1, native));
    let fields = draw();
    // why redrawn: a native row drawn from the pools can still be all ASCII; a rare or late file needs its accented value
    for (let k = 0; native && difficulty !== "normal" && k < 30 && !hasLetterBeyondAscii(fields.join("")); k++) fields = draw();
    lines.push(csvLine(fields, delim, quoteAll));
  }
  return encodeText(enc.codec, lines.join(eol) + eol, bom);
}

function printable(s) {
  return s.length > 0 && !/[\ufffd\u0080-\u009f\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s);
}

/** A value filter for a lookalike pair: the value's bytes read as printable text in `other` too. */
function lookalikeFilter(label, other) {
  const a = labelCodec(label), b = labelCodec(other);
  return (v) => printable(iconv.decode(iconv.encode(prepare(a, v), a), b));
}

/**
 * The whole set as [{ path, encoding, family, language, difficulty, lookalike?, bytes }], from `texts`
 * (sources.mjs loadTexts(), or a fixture of the same shape). Encodings none of whose languages have text are left out.
 * `scale` "small" makes one normal and one short file per encoding (the test).
 */
export function generateProse({ texts, seed = 29, scale = "full" } = {}) {
  const out = [];
  const add = (enc, lang, difficulty, extra = {}) => {
    const n = out.filter((f) => f.encoding === enc.label && f.difficulty === difficulty).length + 1;
    const path = `${enc.family}/${enc.label}/${difficulty}-${lang}${extra.tag ?? ""}-${n}.csv`;
    try {
      const bytes = makeFile({ seed: hash(`${seed}|${path}`), enc, text: { ...texts[lang], lang }, difficulty: extra.plan ?? difficulty, filter: extra.filter, bom: extra.bom, singleValue: extra.single });
      out.push({ path, encoding: enc.label, family: enc.family, language: lang, difficulty, bytes, ...(extra.other ? { lookalike: extra.other } : {}) });
      return bytes;
    } catch (e) {
      if (process.env.ENCPROSE_DEBUG) console.error(path, e.message);
      return null;
    }
  };
  for (const enc of ENCODINGS) {
    const langs = enc.languages.filter((l) => texts[l]);
    if (!langs.length) continue;
    const lang = (k) => langs[(k + hash(enc.label + seed)) % langs.length];
    const wide = /^utf-16/.test(enc.label);
    if (scale === "small") {
      add(enc, lang(0), "normal", { bom: wide });
      add(enc, lang(1), "short");
      continue;
    }
    for (let k = 0; k < 3; k++) add(enc, lang(k), "normal", wide ? { bom: k % 2 === 0, tag: k % 2 === 0 ? "-bom" : "-nobom" } : {});
    for (let k = 0; k < (wide ? 2 : 3); k++) add(enc, lang(k + 1), "short", wide ? { bom: k === 0, tag: k === 0 ? "-bom" : "-nobom" } : {});
    if (wide) continue;
    // why three of four rare files hold one native value only: that is the case the sample failed on
    for (let k = 0; k < 4; k++) add(enc, lang(k + 2), "rare", { single: k < 3, tag: k < 3 ? "-one" : "-row" });
    add(enc, lang(3), "late");
  }
  if (scale !== "small") for (const [label, other] of LOOKALIKES) addLookalikes(out, add, texts, label, other);
  return out;
}

/** Two files (one normal-sized, one short) whose every value also reads as printable, different text in `other`. */
function addLookalikes(out, add, texts, label, other) {
  const enc = BY_LABEL.get(label);
  const filter = lookalikeFilter(label, other);
  const langs = enc.languages.filter((l) => texts[l]);
  let made = 0;
  for (let attempt = 0; attempt < langs.length * 2 && made < 2; attempt++) {
    const lang = langs[attempt % langs.length];
    const before = out.length;
    const bytes = add(enc, lang, "lookalike", { filter, other, tag: `-${other}`, plan: made === 0 ? "normal" : "short" });
    if (!bytes) continue;
    const there = iconv.decode(bytes, labelCodec(other));
    if (!printable(there.replace(/[\r\n\t]/g, "")) || there === iconv.decode(bytes, labelCodec(label))) {
      out.splice(before, 1); // why: not a lookalike after all (no character of the file reads differently there)
      continue;
    }
    made++;
  }
}
