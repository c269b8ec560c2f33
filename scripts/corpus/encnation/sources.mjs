// Reads the encnation set's text, none used by another set: Freeciv's nations (leaders' and cities' names, Debian freeciv-data), the LibreOffice thesauri (Debian mythes-*) and the catalogues of freeciv and util-linux (util-linux-locales), unpacked in one folder outside the repository; each value carries the source it came from, so the halves split by source.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { moPairs } from "../encrows/sources.mjs";
import { hash } from "../encreal/build.mjs";

/** How many values of one pool a language keeps (every k-th, so the pick is deterministic and spread out). */
const KEEP = 3000;
/** Freeciv nation file → the language its leaders and cities are written in (nations whose names carry that language's letters). */
const NATION = {
  polish: "pl", czech: "cs", slovak: "sk", hungarian: "hu", slovenian: "sl", croatian: "hr", bosnian: "bs", romanian: "ro", albanian: "sq",
  latvian: "lv", lithuanian: "lt", estonian: "et", german: "de", austrian: "de", bavarian: "de", swiss: "de", french: "fr", breton: "br",
  spanish: "es", catalan: "ca", galician: "gl", basque: "eu", italian: "it", portuguese: "pt", brazilian: "pt", dutch: "nl", flemish: "nl",
  danish: "da", swedish: "sv", norwegian: "nb", finnish: "fi", icelandic: "is", irish: "ga", welsh: "cy", turkish: "tr", vietnamese: "vi",
  kurdish: "ku", maltese: "mt", esperanto: "eo", azerbaijani: "az", faroese: "is", silesian: "pl", moravian: "cs", sorbian: "de",
};
/** Thesaurus file → language (the file's first line names its charset). */
const THES = /^th(?:es)?_([a-z]{2})(?:_([A-Z]{2}))?/;
/** Catalogue locale → language (Chinese in two pages' worlds). */
const LOCALE = { zh_CN: "zh", zh_TW: "zh-TW", pt_BR: "pt", nb: "nb" };
const DOMAINS = ["freeciv-core", "freeciv-nations", "util-linux"];

/** Folder of the sources: $ENCNATION_SOURCES, else `encnation-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCNATION_SOURCES ?? join(root, "..", "encnation-sources");
}

const every = (a, n) => (a.length <= n ? a : a.filter((_, i) => i % Math.ceil(a.length / n) === 0));

/** The quoted names of a ruleset block (`leaders = { ... }` or `cities = ...` up to the next blank line), without terrain hints `(river)`. */
export function rulesetNames(text, key) {
  const m = text.match(new RegExp(`^${key}\\s*=([\\s\\S]*?)(?:^\\s*$|^\\}|^[a-z_]+\\s*=)`, "m"));
  if (!m) return [];
  const names = [...m[1].replace(/;[^\n]*/g, "").matchAll(/"([^"]+)"/g)].map((x) => x[1].replace(/\s*\([^)]*\)\s*$/, "").trim());
  return names.filter((n) => n.length >= 2 && !/^(name|sex|Male|Female)$/.test(n));
}

/** A MyThes thesaurus (first line its charset; `word|n` then n lines `(pos)|syn|syn…`) as [headword, synonyms] pairs. */
export function thesaurusPairs(buf) {
  const nl = buf.indexOf(10);
  const cs = buf.subarray(0, nl).toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trim().toLowerCase().replace(/^iso8859/, "iso-8859");
  const text = iconv.decode(buf.subarray(nl + 1), iconv.encodingExists(cs) ? cs : "utf-8");
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const [word, n] = lines[i].split("|");
    if (!/^\d+$/.test(n ?? "")) continue;
    const syn = (lines[i + 1] ?? "").split("|").slice(1).filter((s) => !/[()]/.test(s) && s !== word).slice(0, 2).join(", ");
    if (word.length >= 2 && word.length <= 40 && syn) out.push([word.trim(), syn.trim()]);
    i += Number(n);
  }
  return out;
}

/** A catalogue message made a cell: one line, no format directives or markup, 3–60 characters. */
export function cleanMessage(s) {
  const t = s.replace(/[_&]/g, "").replace(/\s+/g, " ").trim();
  return t.length >= 3 && t.length <= 60 && /\p{L}{2}/u.test(t) && !/[<>%{}"\\|=;\x00-\x1f\ufffd]|\?[a-z]+:/.test(t) ? t : null;
}

function nationSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "games", "freeciv", "nation");
  if (!existsSync(base)) return;
  for (const f of readdirSync(base).filter((x) => x.endsWith(".ruleset")).sort()) {
    const text = readFileSync(join(base, f), "utf8");
    const src = `nation:${f}`;
    const lang = NATION[f.replace(/\.ruleset$/, "")];
    const leaders = rulesetNames(text, "leaders");
    const cities = rulesetNames(text, "cities");
    if (lang) {
      add(lang, "names", leaders, src);
      add(lang, "places", cities, src);
    }
    add("en", "names", leaders.filter((n) => !/[^\x00-\x7f]/.test(n)), src);
    add("en", "places", cities.filter((n) => !/[^\x00-\x7f]/.test(n)), src);
  }
}

function thesaurusSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "mythes");
  if (!existsSync(base)) return;
  const seen = new Set();
  for (const f of readdirSync(base).filter((x) => x.endsWith(".dat")).sort()) {
    const real = readFileSync(join(base, f));
    const key = `${real.length}|${f.slice(0, 5)}`;
    const lang = f.match(THES)?.[1];
    if (!lang || seen.has(key)) continue;
    seen.add(key);
    const pairs = every(thesaurusPairs(real), KEEP);
    // why each entry its own source: one thesaurus a language; its entries are the finest unit the halves can split
    for (const [w, s] of pairs) {
      add(lang === "no" ? "nb" : lang, "words", [w], `thes:${lang}:${w}`);
      add(lang === "no" ? "nb" : lang, "syn", [s], `thes:${lang}:${w}`);
    }
  }
}

function catalogueSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "locale");
  if (!existsSync(base)) return;
  for (const loc of readdirSync(base).sort()) {
    const lang = LOCALE[loc] ?? (/^[a-z]{2,3}$/.test(loc) ? loc : null);
    if (!lang) continue;
    for (const d of DOMAINS) {
      const p = join(base, loc, "LC_MESSAGES", `${d}.mo`);
      if (!existsSync(p)) continue;
      for (const [a, b] of moPairs(readFileSync(p))) {
        const en = cleanMessage(a), tr = cleanMessage(b);
        if (!en || !tr || en === tr) continue;
        // why the English message is the source: the same message in two languages stays in one half
        const pool = d === "freeciv-nations" ? "nations" : "notes";
        add(lang, pool, [tr], `mo:${en}`);
        add("en", pool, [en], `mo:${en}`);
      }
    }
  }
}

/**
 * Every language's pools: `names` (leaders), `places` (cities), `nations` (nation names and titles), `words`
 * (thesaurus headwords), `syn` (their synonyms), `notes` (messages), with `english` the ASCII pools of the same kinds,
 * and `halfOf(value)` the half of the value's source (0 tuning, 1 held out). Empty when the folder is not there.
 */
export function loadSources(dir) {
  const set = poolsBySource("encnation", ["names", "places", "nations", "words", "syn", "notes"]);
  nationSources(dir, set.add);
  thesaurusSources(dir, set.add);
  catalogueSources(dir, set.add);
  const en = set.english();
  if (!en) return [];
  const english = { names: en.names, places: en.places, nations: en.nations, notes: en.notes };
  english.words = english.notes.filter((v) => /^[A-Za-z]+$/.test(v));
  english.syn = english.notes;
  return set.languages(english, 1);
}

/**
 * Per-language value pools filled source by source (`add(lang, pool, values, src)`; lang "en" for the English originals),
 * each value in the half of the first source that gives it; `english()` the English pools made ASCII cells (null when
 * none), `languages(english, min)` every other language with at least `min` values, each with `english` and `halfOf`.
 */
export function poolsBySource(salt, pools) {
  const byLang = new Map();
  const halfOfValue = new Map();
  const add = (lang, pool, values, src) => {
    const s = byLang.get(lang) ?? Object.fromEntries([["lang", lang], ...pools.map((k) => [k, []])]);
    byLang.set(lang, s);
    const half = hash(`${salt}|${src}`) & 1;
    for (const v of values) {
      // why first source wins: a value two sources share belongs to one half only
      if (!halfOfValue.has(v)) halfOfValue.set(v, half);
      if (halfOfValue.get(v) === half) s[pool].push(v);
    }
  };
  const halfOf = (v) => halfOfValue.get(v) ?? (hash(`${salt}|${v}`) & 1);
  const ascii = (a) => every([...new Set(a)].filter((v) => /^[A-Za-z][A-Za-z ,.'-]{1,40}$/.test(v)).sort(), KEEP);
  const english = () => (byLang.has("en") ? Object.fromEntries(pools.map((k) => [k, ascii(byLang.get("en")[k])])) : null);
  const languages = (eng, min) => [...byLang.values()]
    .filter((s) => s.lang !== "en")
    .map((s) => ({ ...Object.fromEntries(pools.map((k) => [k, every([...new Set(s[k])], KEEP)])), lang: s.lang, english: eng, halfOf }))
    .filter((s) => pools.reduce((n, k) => n + s[k].length, 0) >= min);
  return { add, english, languages };
}
