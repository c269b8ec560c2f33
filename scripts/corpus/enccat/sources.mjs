// Reads the enccat set's text: gettext catalogues of Debian packages no other set uses (homebank-data, gnucash-common, grisbi-common, evolution-data-server-common, libgweather-4-common), unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encreal/sources.mjs";

/** The packages' gettext domains: money and accounts (labels, sentences), contacts and calendars, and place names of the world. */
const DOMAINS = ["homebank", "gnucash", "grisbi", "evolution-data-server", "libgweather-4.0"];
const PLACES = "libgweather-4.0-locations";

/** English header words looked up in the catalogues (their translation heads the column when a catalogue holds it). */
export const HEADER_WORDS = ["Name", "Description", "Amount", "Date", "City", "Country", "Price", "Quantity", "Notes", "Category", "Account",
  "Balance", "Phone", "Email", "Location", "Message", "Title", "Status", "Type", "Total", "Payee", "Memo", "Company", "Address"];

/** Folder of the sources: $ENCCAT_SOURCES, else `enccat-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCCAT_SOURCES ?? join(root, "..", "enccat-sources");
}

/** A catalogue string as a cell: no accelerator (`_File`, `&File`), no trailing colon or ellipsis; null when it holds format directives or markup. */
export function cleanMessage(s) {
  if (!s || /[%<>{}\\\n\t$|@]|\ufffd/.test(s)) return null;
  const t = s.replace(/\s*\(_?[A-Za-z]\)/g, "").replace(/_(?=\p{L})/gu, "").replace(/&(?=\p{L})/gu, "").replace(/(:|\.\.\.|…)\s*$/u, "").replace(/\s+/g, " ").trim();
  return t.length >= 2 && t.length <= 120 ? t : null;
}

/** msgid (without its msgctxt) → msgstr of one catalogue, cleaned, both sides non-empty. */
function pairsOf(path) {
  const out = new Map();
  if (!existsSync(path)) return out;
  for (const [k, v] of moPairs(readFileSync(path))) {
    const id = cleanMessage(k.slice(k.indexOf("\u0004") + 1));
    const tr = cleanMessage(v);
    if (id !== null && tr !== null && !out.has(id)) out.set(id, tr);
  }
  return out;
}

/** Translators' names in a catalogue header (Last-Translator and the credits of the translator-credits message). */
function translatorNames(path) {
  if (!existsSync(path)) return [];
  const m = moPairs(readFileSync(path));
  const text = `${m.get("") ?? ""}\n${m.get("translator-credits") ?? ""}`;
  return [...text.matchAll(/((?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+)\s*[<(]/gu)].map((x) => x[1]);
}

/**
 * One language's pools from its catalogues: `labels` (1–4 word messages), `sentences` (longer ones), `places`
 * (place names translated by libgweather), `names` (translators), `english` (the same labels untranslated, the ASCII
 * filler of a mixed export), `headers` (HEADER_WORDS → the language's word). Null when the folder has no catalogue of it.
 */
export function languagePools(dir, locale) {
  const lc = join(dir, "deb", "usr", "share", "locale", locale, "LC_MESSAGES");
  if (!existsSync(lc)) return null;
  const labels = new Set();
  const sentences = new Set();
  const english = new Set();
  const headers = {};
  const names = new Set();
  for (const d of DOMAINS) {
    const p = join(lc, `${d}.mo`);
    for (const [id, tr] of pairsOf(p)) {
      if (tr === id) continue;
      const words = tr.split(" ").length;
      if (words <= 4 && tr.length <= 40) {
        labels.add(tr);
        english.add(id);
      } else if (tr.length >= 20) sentences.add(tr);
      if (HEADER_WORDS.includes(id) && headers[id] === undefined && words <= 3) headers[id] = tr;
    }
    for (const n of translatorNames(p)) names.add(n);
  }
  const places = new Set([...pairsOf(join(lc, `${PLACES}.mo`))].filter(([id, tr]) => id !== tr && tr.length <= 40).map(([, tr]) => tr));
  return { labels: [...labels], sentences: [...sentences], places: [...places], names: [...names], english: [...english].filter((e) => /^[\x20-\x7e]+$/.test(e)), headers };
}

/** The catalogue folders present (locale names), sorted; [] when the sources are not there. */
export function localesIn(dir) {
  const p = join(dir, "deb", "usr", "share", "locale");
  return existsSync(p) ? readdirSync(p).sort() : [];
}

/**
 * Every catalogue language's pools (languagePools) with its `locale`, and `worldPlaces`: libgweather's English place
 * names (ASCII), the filler of sparse files. [] when the folder is not there.
 */
export function loadSources(dir) {
  const out = [];
  const world = [...pairsOf(join(dir, "deb", "usr", "share", "locale", "de", "LC_MESSAGES", `${PLACES}.mo`)).keys()].filter((k) => /^[A-Za-z][A-Za-z .'-]*$/.test(k));
  for (const locale of localesIn(dir)) {
    if (/^en|@/.test(locale)) continue;
    const p = languagePools(dir, locale);
    if (p === null || p.labels.length + p.places.length < 40) continue;
    out.push({ locale, lang: locale.split("_")[0], ...p, worldPlaces: world });
  }
  return out;
}
