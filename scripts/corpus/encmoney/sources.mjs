// Reads the encmoney set's text from glibc's locale data (Debian `locales`), fields no other set reads: currency symbols and monetary separators (LC_MONETARY), abbreviated month and day names and am/pm (LC_TIME), country and language names (LC_ADDRESS), phone prefixes (LC_TELEPHONE), yes/no words (LC_MESSAGES); unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources: $ENCMONEY_SOURCES, else `encmoney-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCMONEY_SOURCES ?? join(root, "..", "encmoney-sources");
}

/** Locale → the language key of the pages table (Chinese by script, Serbian Latin apart). */
export function langOfLocale(locale) {
  if (/^zh_(TW|HK|MO)/.test(locale)) return "zh-TW";
  const [lang] = locale.split("_");
  return lang;
}

/** Locales read a language: at most this many (English more: its £ and € exports are the commonest symbol-only files). */
const PER_LANGUAGE = 3;
const PER_ENGLISH = 5;

/** The locale read first where the language's code is not its country's (en_GB, not en_AG). */
const FIRST = { en: ["en_GB", "en_IE", "en_US", "en_IN", "en_ZA"], cs: ["cs_CZ"], da: ["da_DK"], sv: ["sv_SE"], nb: ["nb_NO"], el: ["el_GR"], uk: ["uk_UA"],
  he: ["he_IL"], fa: ["fa_IR"], vi: ["vi_VN"], ar: ["ar_EG"], sr: ["sr_RS"], ja: ["ja_JP"], ko: ["ko_KR"], zh: ["zh_CN"], "zh-TW": ["zh_TW", "zh_HK"], ca: ["ca_ES"], eu: ["eu_ES"], gl: ["gl_ES"], sq: ["sq_AL"] };

/** The locales of a language to read: FIRST's, else the one named after its own country (de_DE), then the others in name order. */
function chosen(names, wanted) {
  const byLang = new Map();
  for (const n of names) {
    const lang = langOfLocale(n);
    if (!wanted(lang)) continue;
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang).push(n);
  }
  const out = [];
  for (const [lang, ls] of byLang) {
    const own = (FIRST[lang] ?? []).filter((n) => ls.includes(n));
    if (!own.length) own.push(...ls.filter((n) => n.split("_")[1].toLowerCase() === lang));
    const rest = ls.filter((n) => !own.includes(n));
    out.push(...[...own, ...rest].slice(0, lang === "en" ? PER_ENGLISH : PER_LANGUAGE));
  }
  return out.sort();
}

/** A locale file's categories: { LC_X: { vals (keyword → strings, <Uxxxx> resolved; a bare integer as its string), copy } }. */
function parseLocale(path) {
  const src = readFileSync(path, "utf8");
  const esc = /^escape_char\s+(\S)/m.exec(src)?.[1] ?? "\\";
  const com = /^comment_char\s+(\S)/m.exec(src)?.[1] ?? "%";
  // why the escape_char line out first: its own `/` ends the line and would join the next one to it
  const kept = src.split("\n").filter((l) => !l.trimStart().startsWith(com) && !/^(escape|comment)_char\s/.test(l));
  const lines = kept.join("\n").split(`${esc}\n`).join(" ").split("\n");
  const cats = {};
  let cur = null;
  for (const line of lines) {
    const m = /^\s*([A-Za-z_]+)\s*(.*)$/.exec(line);
    if (!m) continue;
    if (/^LC_[A-Z]+$/.test(m[1]) && !m[2]) { cur = cats[m[1]] = { vals: {}, copy: null }; continue; }
    if (m[1] === "END") { cur = null; continue; }
    if (!cur) continue;
    const strs = [...m[2].matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/<U([0-9A-Fa-f]{4,6})>/g, (_, h) => String.fromCodePoint(parseInt(h, 16))).split(esc + esc).join(esc));
    if (m[1] === "copy") cur.copy = strs[0];
    else if (strs.length) cur.vals[m[1]] ??= strs;
    else if (/^-?\d+\s*$/.test(m[2])) cur.vals[m[1]] ??= [m[2].trim()];
  }
  return cats;
}

/** A category's values in a locale, following its `copy` (a locale copies each category from its own source: en_IN's money is hi_IN's). */
export function categoryValues(base, name, cat, depth = 0) {
  const p = join(base, name);
  if (depth > 8 || !existsSync(p)) return {};
  const c = parseLocale(p)[cat];
  if (!c) return {};
  return { ...(c.copy ? categoryValues(base, c.copy, cat, depth + 1) : {}), ...c.vals };
}

const CATEGORIES = ["LC_MONETARY", "LC_TIME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MESSAGES"];
const first = (v, k, d = "") => v[k]?.[0] ?? d;
const int = (v, k, d) => (v[k] ? Number(v[k][0]) : d);

/** One locale's conventions and words, or null when it has no currency or month names. */
export function localeSource(dir, locale) {
  const v = Object.assign({}, ...CATEGORIES.map((c) => categoryValues(dir, locale, c)));
  if (!v.currency_symbol || !v.abmon || v.abmon.length !== 12 || !v.abday) return null;
  return {
    locale, lang: langOfLocale(locale),
    currency: first(v, "currency_symbol"), intCurrency: first(v, "int_curr_symbol").trim(),
    precedes: int(v, "p_cs_precedes", 1) === 1, spaced: int(v, "p_sep_by_space", 0) !== 0,
    decimal: first(v, "mon_decimal_point", ".") || ".", group: first(v, "mon_thousands_sep"),
    months: v.abmon.map((s) => s.trim()), days: v.abday.map((s) => s.trim()), fullDays: (v.day ?? []).map((s) => s.trim()),
    ampm: (v.am_pm ?? []).filter(Boolean), country: first(v, "country_name"), language: first(v, "lang_name"),
    phone: first(v, "int_prefix"), yes: first(v, "yesstr"), no: first(v, "nostr"),
  };
}

/**
 * The sources: one a locale (`ll_CC`, no `@` variant) of a language `wanted(lang)` accepts, at most three a language
 * (five for English), from `dir/deb/usr/share/i18n/locales`; empty without the folder.
 */
export function loadSources(dir, wanted = () => true) {
  const base = join(dir, "deb", "usr", "share", "i18n", "locales");
  if (!existsSync(base)) return [];
  const names = readdirSync(base).filter((n) => /^[a-z]{2,3}_[A-Z]{2}$/.test(n));
  return chosen(names.sort(), wanted).map((n) => localeSource(base, n)).filter(Boolean);
}
