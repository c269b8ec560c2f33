// Reads the encfeed set's text, none used by another set: FreeDict bilingual dictionaries (Debian dict-freedict-*, dictd format) and Aspell word lists (Debian aspell-*, prezip-compressed .cwl), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** ISO 639-3 (FreeDict) → the language codes of the pages table. */
const LANG = { fra: "fr", deu: "de", spa: "es", ita: "it", por: "pt", nld: "nl", dan: "da", swe: "sv", isl: "is", gle: "ga", cym: "cy", pol: "pl",
  ces: "cs", slk: "sk", hun: "hu", hrv: "hr", slv: "sl", lit: "lt", lav: "lv", est: "et", ron: "ro", rus: "ru", ukr: "uk", bul: "bg", mkd: "mk", srp: "sr",
  ell: "el", tur: "tr", ara: "ar", epo: "eo", jpn: "ja", kur: "ku", afr: "af", fin: "fi", nob: "nb", nno: "nb", cat: "ca", heb: "he" };
/** How many values of one pool a language keeps (every k-th, so the pick is deterministic and spread over the alphabet). */
const KEEP = 6000;

/** Folder of the sources: $ENCFEED_SOURCES, else `encfeed-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCFEED_SOURCES ?? join(root, "..", "encfeed-sources");
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const b64num = (s) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

/**
 * One dictionary translation line made a cell: sense numbers, part-of-speech tags, [domain] and (gloss) notes go; the
 * first of comma-separated synonyms is kept; null when nothing word-like of 2–40 characters is left.
 */
export function cleanTranslation(line) {
  const s = line.replace(/^\s*([IVX]+\.\s*)?(\d+\.\s*)?/, "").replace(/<[^>]*>/g, "").replace(/\[[^\]]*\]/g, "").replace(/\([^)]*\)/g, "")
    .split(/[,;]/)[0].replace(/\s+/g, " ").trim();
  if (s.length < 2 || s.length > 40 || /[{}"\\/|=:\x00-\x1f]|^(See|Note|Synonym|see)\b/.test(s) || !/\p{L}/u.test(s)) return null;
  return s;
}

/** A dictd dictionary as [headword, first translation] pairs (headwords without their pronunciation). */
export function dictPairs(indexText, data) {
  const out = [];
  for (const line of indexText.split("\n")) {
    const [word, off, len] = line.split("\t");
    if (!len || word.startsWith("00-database") || word.startsWith("00database")) continue;
    const body = data.subarray(b64num(off), b64num(off) + b64num(len)).toString("utf8").split("\n");
    const head = body[0].replace(/\/[^/]*\/|<[^>]*>|\[[^\]]*\]|\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
    const tr = body.slice(1).map(cleanTranslation).find((t) => t !== null);
    if (head && head.length <= 40 && tr && !/[{}"\\|=\x00-\x1f]/.test(head)) out.push([head, tr]);
  }
  return out;
}

/**
 * An Aspell prezip word list (after gunzip) as words: `0x02`, then per line a prefix (0x00–0x1D, or 0x1E, any 0xFF,
 * one more byte: the sum) giving how many bytes it keeps of the previous line, then its own bytes, where `0x1F c`
 * stands for c − 0x20 and `0x1F 0xFF` ends the list; affix flags after `/` go. The older format opens with `0x01`
 * and its prefix byte is one more than the bytes kept. A word whose bytes are UTF-8 is read as UTF-8 (some lists are,
 * whatever their charset says).
 */
export function prezipWords(buf, charset) {
  const words = [];
  let prev = [];
  let i = 1;
  const v1 = buf[0] === 1;
  while (i < buf.length) {
    let keep = buf[i++] - (v1 ? 1 : 0);
    if (keep === 0x1f) break;
    if (keep === 0x1e) {
      while (buf[i] === 0xff) keep += buf[i++];
      keep += buf[i++];
    }
    const line = prev.slice(0, keep);
    while (i < buf.length && (buf[i] >= 0x20 || (buf[i] === 0x1f && buf[i + 1] !== 0xff))) line.push(buf[i++], ...(line.at(-1) === 0x1f ? [buf[i++]] : []));
    prev = line;
    const bytes = [];
    for (let j = 0; j < line.length; j++) bytes.push(line[j] === 0x1f ? line[++j] - 0x20 : line[j]);
    const slash = bytes.indexOf(0x2f);
    const word = Buffer.from(slash >= 0 ? bytes.slice(0, slash) : bytes);
    words.push(iconv.decode(word, isUtf8(word) ? "utf-8" : charset));
  }
  return words;
}

const every = (a, n) => (a.length <= n ? a : a.filter((_, i) => i % Math.ceil(a.length / n) === 0));

function dictSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "dictd");
  if (!existsSync(base)) return;
  for (const f of readdirSync(base).filter((x) => /^freedict-[a-z]{3}-[a-z]{3}\.index$/.test(x))) {
    const [, from, to] = f.match(/^freedict-([a-z]{3})-([a-z]{3})/);
    const pairs = dictPairs(readFileSync(join(base, f), "utf8"), gunzipSync(readFileSync(join(base, f.replace(/\.index$/, ".dict.dz")))));
    if (LANG[from]) add(LANG[from], "words", pairs.map((p) => p[0]), to === "eng" ? pairs.map((p) => p[1]) : []);
    if (LANG[to]) add(LANG[to], "terms", pairs.map((p) => p[1]), from === "eng" ? pairs.map((p) => p[0]) : []);
  }
}

function aspellSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "aspell");
  const dat = join(dir, "deb", "usr", "lib", "aspell");
  if (!existsSync(base)) return;
  for (const f of readdirSync(base).filter((x) => /^[a-z]{2}\.cwl\.gz$/.test(x))) {
    const lang = f.slice(0, 2);
    const cs = readFileSync(join(dat, `${lang}.dat`), "latin1").match(/^charset\s+(\S+)/m)?.[1].replace(/-nl$/, "").replace(/^iso8859/, "iso-8859");
    if (!cs) continue;
    const words = prezipWords(gunzipSync(readFileSync(join(base, f))), cs).filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
    add(lang, "names", every(words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)), KEEP), []);
    // why not "starts lower-case": Hebrew letters have no case, and its words are words
    add(lang, "words", every(words.filter((w) => !/^\p{Lu}/u.test(w)), KEEP), []);
  }
}

/**
 * Every language's pools: `terms` (dictionary translations), `words` (headwords and Aspell words), `names` (Aspell's
 * capitalized words: places, people), and the English pools every language shares for ASCII rows. Empty when the
 * folder is not there.
 */
export function loadSources(dir) {
  const byLang = new Map();
  const english = { terms: [], names: [] };
  const add = (lang, pool, values, en) => {
    const s = byLang.get(lang) ?? { lang, terms: [], words: [], names: [] };
    byLang.set(lang, s);
    s[pool] = s[pool].concat(every([...new Set(values)], KEEP));
    english.terms = english.terms.concat(every(en.filter((e) => /^[A-Za-z][A-Za-z ,.'-]{2,30}$/.test(e)), KEEP));
  };
  dictSources(dir, add);
  aspellSources(dir, add);
  english.terms = every([...new Set(english.terms)].sort(), KEEP * 2);
  english.names = english.terms.filter((e) => /^[A-Z][a-z]+$/.test(e));
  return [...byLang.values()].map((s) => ({ ...s, english }));
}
