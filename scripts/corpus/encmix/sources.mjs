// Reads the encmix set's text, none used by another set: person names, cities and streets of npm `casual`'s locales, country names in ~78 languages (npm `i18n-iso-countries`) and Debian's fortune cookies in 11 languages (fortunes-*), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** casual locale → language; its providers hold names, cities, streets, regions. */
const CASUAL = { ar_SY: "ar", bg_BG: "bg", da_DK: "da", de_DE: "de", fr_FR: "fr", id_ID: "id", it_IT: "it", it_CH: "it", ja_JP: "ja", nb_NO: "nb",
  nl_NL: "nl", pt_BR: "pt", ro_RO: "ro", ru_RU: "ru", sv_SE: "sv", uk_UA: "uk" };
/** Fortune folders (under usr/share/games/fortunes) → language; top-level files by name. */
const FORTUNE_DIRS = { bg: "bg", cs: "cs", sk: "sk", de: "de", eo: "eo", es: "es", ga: "ga", it: "it", pl: "pl", ru: "ru" };
const FORTUNE_FILES = { brasil: "pt", "chinese.u8": "zh", "tang300.u8": "zh", "song100.u8": "zh", italia: "it", definizioni: "it" };

/** Folder of the sources: $ENCMIX_SOURCES, else `encmix-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCMIX_SOURCES ?? join(root, "..", "encmix-sources");
}

const strings = (a) => (Array.isArray(a) ? a.flat().filter((s) => typeof s === "string") : []);

/** A casual locale's names (first + last), places (cities, streets, regions) and phrases (company words). */
function casualPools(dir, locale) {
  const req = createRequire(join(dir, "casual", "package", "package.json"));
  const load = (f) => {
    // why the base file: casual keeps English (en_US) in providers/*.js and only the locale's differences in its folder
    const p = join(dir, "casual", "package", "src", "providers", ...(locale === "en_US" ? [] : [locale]), `${f}.js`);
    return existsSync(p) ? req(p) : {};
  };
  const person = load("person");
  const address = load("address");
  const arrays = (o, re) => Object.entries(o).filter(([k]) => re.test(k)).flatMap(([, v]) => strings(v));
  const firsts = arrays(person, /^(first_name|male_first|female_first)/);
  const lasts = arrays(person, /^(last_name|male_last|female_last)/);
  const names = [];
  for (let i = 0; i < Math.min(400, firsts.length * lasts.length); i++) names.push(`${firsts[(i * 7) % firsts.length]} ${lasts[(i * 13) % lasts.length]}`);
  const places = arrays(address, /^(cities|streets|regions|countries|city_names|street_names|states)$/);
  return { names: [...names, ...lasts], places };
}

/** Fortune cookies of a file as one-line texts of 8–90 characters (UTF-8 files only). */
function fortunes(path) {
  const buf = readFileSync(path);
  const text = buf.toString("utf8");
  if (text.includes("\ufffd")) return [];
  return text.split(/\n%\n/).map((f) => f.split("\n")[0].replace(/\s+/g, " ").trim()).filter((s) => s.length >= 8 && s.length <= 90 && !/[\x00-\x1f"\\]/.test(s));
}

function fortunePools(dir) {
  const base = join(dir, "deb", "usr", "share", "games", "fortunes");
  const out = {};
  const add = (lang, path) => (out[lang] ??= []).push(...fortunes(path));
  if (!existsSync(base)) return out;
  for (const [d, lang] of Object.entries(FORTUNE_DIRS)) {
    const p = join(base, d);
    if (!existsSync(p)) continue;
    const files = readdirSync(p).filter((f) => !f.endsWith(".dat") && statSync(join(p, f)).isFile());
    // why .u8 first: Debian ships each file in its legacy page and as `.u8` in UTF-8; the plain one is read only when no .u8 twin exists
    for (const f of files) if (f.endsWith(".u8") || !files.includes(`${f}.u8`)) add(lang, join(p, f));
  }
  for (const [f, lang] of Object.entries(FORTUNE_FILES)) if (existsSync(join(base, f))) add(lang, join(base, f));
  return out;
}

/**
 * Every language's pools: `countries` (i18n-iso-countries), `names` and `places` (casual), `texts` (fortunes), and the
 * English pools every language shares for ASCII rows. Empty when the folder is not there.
 */
export function loadSources(dir) {
  const langsDir = join(dir, "countries", "package", "langs");
  if (!existsSync(langsDir) || !existsSync(join(dir, "casual", "package"))) return [];
  const countriesOf = (l) => Object.values(JSON.parse(readFileSync(join(langsDir, `${l}.json`), "utf8")).countries).flat();
  const english = { countries: countriesOf("en"), ...casualPools(dir, "en_US") };
  const texts = fortunePools(dir);
  const byLang = new Map();
  for (const f of readdirSync(langsDir).filter((f) => f.endsWith(".json"))) {
    const lang = f.replace(/\.json$/, "");
    byLang.set(lang, { lang, countries: countriesOf(lang), names: [], places: [], texts: texts[lang] ?? [] });
  }
  for (const [locale, lang] of Object.entries(CASUAL)) {
    const s = byLang.get(lang);
    if (!s) continue;
    const c = casualPools(dir, locale);
    s.names.push(...c.names);
    s.places.push(...c.places);
  }
  return [...byLang.values()].map((s) => ({ ...s, english }));
}
