// Reads the real tables of the encreal set: non-ASCII tables shipped in packages (the unseen samples' files, the shared realworld files) and tables made from Debian iso-codes data (translations, subdivision names).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";

const ISO_JSON = "/usr/share/iso-codes/json";
const LOCALE = "/usr/share/locale";

/**
 * Real files with a non-ASCII column, by path under one of the sample roots: [path, language, encoding of the file].
 * why a list and not a scan: each file's language must be known to say which encodings serve it; the files themselves
 * are never committed (they stay in the samples and the shared corpus), so the section skips without them.
 */
const REAL_FILES = [
  ["homebank-data/usr/share/homebank/datas/hb-categories-ru.csv", "ru"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-fr.csv", "fr"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-fr_CA.csv", "fr"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-hu.csv", "hu"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-de.csv", "de"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-ro.csv", "ro"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-it.csv", "it"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-pt.csv", "pt"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-sk.csv", "sk"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-es.csv", "es"],
  ["homebank-data/usr/share/homebank/datas/hb-categories-lt.csv", "lt"],
  ["python3-stdnum/usr/lib/python3/dist-packages/stdnum/cz/banks.dat", "cs"],
  ["python3-stdnum/usr/lib/python3/dist-packages/stdnum/at/postleitzahl.dat", "de"],
  ["python3-stdnum/usr/lib/python3/dist-packages/stdnum/cn/loc.dat", "zh_CN"],
  ["python3-stdnum/usr/lib/python3/dist-packages/stdnum/be/banks.dat", "fr"],
  ["mecab-jumandic-utf8/usr/share/mecab/dic/juman/Noun.koyuu.csv", "ja"],
  ["mecab-jumandic-utf8/usr/share/mecab/dic/juman/Suffix.csv", "ja"],
  ["mecab-ipadic/usr/share/mecab/dic/ipadic/Noun.place.csv", "ja", "euc-jp"],
  ["mecab-ipadic/usr/share/mecab/dic/ipadic/Noun.name.csv", "ja", "euc-jp"],
  ["libtext-csv-encoded-perl/usr/share/doc/libtext-csv-encoded-perl/examples/sjis.csv", "ja", "shift_jis"],
  ["librust-csv-dev/usr/share/cargo/registry/csv-1.1.6/examples/data/uspop-latin1.csv", "en", "windows-1252"],
  ["python3-plotly/python3-plotly__datasets__election.csv", "fr"],
  ["npm-observablehq-sample-datasets-1.0.1/package/olympians.csv", "en"],
  // Debian tzdata: English names with a few accented places (Åland, Curaçao, Tucumán, Büsingen)
  ["zoneinfo/iso3166.tab", "en"],
  ["zoneinfo/zone1970.tab", "en"],
];

/** The lines of a file read in its encoding, or null when it is absent in every root. */
function readLines(roots, path, encoding = "utf-8") {
  for (const r of roots) {
    const p = join(r, path);
    if (!existsSync(p) || !statSync(p).isFile()) continue;
    const text = iconv.decode(readFileSync(p), encoding, { stripBOM: true });
    return text.split(/\r\n|\n|\r/).filter((l) => l.length > 0);
  }
  return null;
}

/** Real-file tables: { id, lang, lines (header first), origin }. Long files keep their first 3,000 lines. */
export function realFileTables(roots) {
  const out = [];
  for (const [path, lang, enc] of REAL_FILES) {
    const lines = readLines(roots, path, enc);
    if (!lines) continue;
    // why without U+FFFD: a line that was already mojibake in the package says nothing about any encoding
    const body = lines.filter((l) => !l.startsWith("#") && !l.includes("\ufffd")).slice(0, 3000);
    if (!body.some((l) => /[^\x00-\x7f]/.test(l))) continue;
    out.push({ id: path.split("/").pop().replace(/\.[a-z]+$/i, ""), lang, lines: body, origin: "file" });
  }
  return out;
}

/** msgid → msgstr of a gettext .mo catalogue (the first plural form), or an empty map. */
export function moPairs(buf) {
  const map = new Map();
  if (!buf || buf.length < 28) return map;
  const le = buf.readUInt32LE(0) === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) return map;
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const n = u32(8), orig = u32(12), trans = u32(16);
  const str = (tab, i) => {
    const len = u32(tab + i * 8), off = u32(tab + i * 8 + 4);
    return off + len <= buf.length ? buf.subarray(off, off + len).toString("utf8").split("\0")[0] : "";
  };
  for (let i = 0; i < n; i++) {
    const id = str(orig, i);
    if (id) map.set(id, str(trans, i));
  }
  return map;
}

/** iso-codes locale folder → the set's language code. */
const ISO_LOCALES = {
  de: "de", fr: "fr", es: "es", it: "it", pt: "pt", pt_BR: "pt", ca: "ca", da: "da", nb: "nb", sv: "sv", fi: "fi", nl: "nl", is: "is",
  et: "et", pl: "pl", cs: "cs", sk: "sk", hu: "hu", ro: "ro", hr: "hr", sl: "sl", ru: "ru", uk: "uk", bg: "bg", mk: "mk", sr: "sr",
  el: "el", tr: "tr", he: "he", ar: "ar", fa: "fa", lt: "lt", lv: "lv", vi: "vi", th: "th", ja: "ja", zh_CN: "zh_CN", zh_TW: "zh_TW", ko: "ko",
};

/** The country whose subdivision names (iso_3166-2, written in the country's language) make a table for a language. */
const SUBDIVISION_COUNTRY = { pl: "PL", cs: "CZ", sk: "SK", hu: "HU", ro: "RO", hr: "HR", sl: "SI", lt: "LT", lv: "LV", et: "EE", tr: "TR", is: "IS", fr: "FR", es: "ES", sv: "SE", vi: "VN", da: "DK", nb: "NO", fi: "FI", pt: "PT", de: "DE", it: "IT" };

function isoJson(name, key) {
  const p = join(ISO_JSON, `${name}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8"))[key] : null;
}

/**
 * Tables made from iso-codes the way an export of reference data looks: countries, languages and currencies with their
 * name translated into one language (from that language's .mo catalogue), and a country's subdivisions in its own language.
 */
export function isoTables() {
  const countries = isoJson("iso_3166-1", "3166-1"), languages = isoJson("iso_639-2", "639-2"), currencies = isoJson("iso_4217", "4217");
  const subdivisions = isoJson("iso_3166-2", "3166-2");
  if (!countries || !subdivisions) return [];
  const out = [];
  const tr = (loc, domain) => moPairs(readIf(join(LOCALE, loc, "LC_MESSAGES", `${domain}.mo`)));
  for (const [loc, lang] of Object.entries(ISO_LOCALES)) {
    const c = tr(loc, "iso_3166-1"), l = tr(loc, "iso_639-2"), m = tr(loc, "iso_4217");
    const suffix = loc === lang ? "" : `-${loc}`;
    if (c.size) out.push({ id: `countries${suffix}`, lang, origin: "iso-codes", lines: ["alpha_2;alpha_3;numeric;name;local_name", ...countries.map((x) => `${x.alpha_2};${x.alpha_3};${x.numeric};${x.name};${c.get(x.name) || x.name}`)], english: countries.map((x) => `${x.alpha_2};${x.alpha_3};${x.numeric};${x.name};${x.name}`) });
    if (l.size && languages) out.push({ id: `languages${suffix}`, lang, origin: "iso-codes", lines: ["alpha_3,name,local_name", ...languages.map((x) => `${x.alpha_3},"${x.name}","${l.get(x.name) || x.name}"`)], english: languages.map((x) => `${x.alpha_3},"${x.name}","${x.name}"`) });
    if (m.size && currencies) out.push({ id: `currencies${suffix}`, lang, origin: "iso-codes", lines: ["code\tnumeric\tname\tlocal_name", ...currencies.map((x) => `${x.alpha_3}\t${x.numeric}\t${x.name}\t${m.get(x.name) || x.name}`)], english: currencies.map((x) => `${x.alpha_3}\t${x.numeric}\t${x.name}\t${x.name}`) });
  }
  for (const [lang, cc] of Object.entries(SUBDIVISION_COUNTRY)) {
    const rows = subdivisions.filter((x) => x.code.startsWith(`${cc}-`));
    if (rows.some((x) => /[^\x00-\x7f]/.test(x.name))) out.push({ id: `subdivisions-${cc}`, lang, origin: "iso-codes", lines: ["code,name,type,parent", ...rows.map((x) => `${x.code},${x.name},${x.type},${x.parent ?? ""}`)] });
  }
  // why the English country list: its only non-ASCII names (Åland, Côte d'Ivoire, Curaçao, Réunion, Saint Barthélemy) are the sparse case itself
  out.push({ id: "countries-english", lang: "en", origin: "iso-codes", lines: ["alpha_2,alpha_3,numeric,name,official_name", ...countries.map((x) => `${x.alpha_2},${x.alpha_3},${x.numeric},"${x.name}","${x.official_name ?? x.name}"`)] });
  return out;
}

function readIf(p) {
  try {
    return readFileSync(p);
  } catch {
    return null;
  }
}

/** Every table: the real files found under `roots`, then the iso-codes tables. */
export function loadTables(roots) {
  return [...realFileTables(roots.filter((r) => existsSync(r))), ...isoTables()];
}

/** The roots searched for the real files: Debian's /usr/share, the shared realworld files, and the unseen samples' extracted packages (rwN/x) next to the repository. */
export function defaultRoots(repoRoot, corpusDir) {
  const up = join(repoRoot, "..");
  const samples = existsSync(up) ? readdirSync(up).filter((d) => /^rw\d+$/.test(d)).map((d) => join(up, d, "x")) : [];
  return ["/usr/share", join(corpusDir, "realworld", "files"), ...samples];
}
