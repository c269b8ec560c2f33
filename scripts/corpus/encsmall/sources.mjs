// Reads the encsmall set's sources: translations no other set uses (iso-codes' script names, former countries and language families; PackageKit's messages) as entries of an English text and its translation per language.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encreal/sources.mjs";

/** The gettext domains read; each entry (an English msgid with all its translations) is one source. */
export const DOMAINS = ["iso_15924", "iso_3166-3", "iso_639-5", "PackageKit"];
/** Catalogue folder → the language code of encnation's PAGES. */
const FOLDER = { zh_CN: "zh", zh_TW: "zh-TW", pt_BR: "pt", nb: "nb" };

/** A translation's words with a letter outside ASCII (what an export's one accented value looks like), without format strings or markup. */
export function nativeWords(s) {
  const clean = s.replace(/%[-+ #0-9.]*[a-zA-Z]|<[^>]*>|\$\{?\w+\}?|[_&]/g, " ");
  return [...new Set(clean.match(/[\p{L}\p{M}'’-]{2,}/gu) ?? [])].filter((w) => /[^\x00-\x7f]/.test(w) && /\p{L}/u.test(w));
}

/** A short translated value (a name, a label) that fits a cell: at most 40 characters, no format strings, line breaks or quotes. */
export function cellValue(s) {
  const v = s.trim();
  return v.length >= 2 && v.length <= 40 && !/[%\n\t"<>{}]|\\/.test(v) ? v : null;
}

/**
 * The sources of one catalogue folder: [{ lang, entries: [{ id (the English text), value (a cell-sized translation or null), words }] }],
 * or [] when the folder has none of the domains.
 */
export function folderSources(dir, readMo = (p) => (existsSync(p) ? readFileSync(p) : null)) {
  const entries = [];
  for (const d of DOMAINS) {
    for (const [id, tr] of moPairs(readMo(join(dir, `${d}.mo`)))) {
      if (!tr || tr === id) continue;
      const words = nativeWords(tr);
      const value = cellValue(tr);
      if (words.length || (value && /[^\x00-\x7f]/.test(value))) entries.push({ id: `${d}|${id}`, value, words });
    }
  }
  return entries;
}

/** English cell values of the domains (the ASCII rows around the native ones): msgids that fit a cell. */
export function englishValues(dir, readMo) {
  const out = new Set();
  for (const d of DOMAINS) for (const id of moPairs(readMo(join(dir, `${d}.mo`))).keys()) { const v = cellValue(id); if (v && !/[^\x00-\x7f]/.test(v)) out.add(`${d}|${v}`); }
  return [...out];
}

/** Every language with entries, from a locale folder (default the installed /usr/share/locale): [{ lang, entries, english }]. */
export function loadSources(root) {
  if (!existsSync(root)) return [];
  const readMo = (p) => (existsSync(p) ? readFileSync(p) : null);
  const out = new Map();
  const english = englishValues(join(root, "de", "LC_MESSAGES"), readMo);
  for (const folder of readdirSync(root).sort()) {
    const lang = FOLDER[folder] ?? (/^[a-z]{2,3}$/.test(folder) ? folder : null);
    if (!lang || out.has(lang)) continue;
    const entries = folderSources(join(root, folder, "LC_MESSAGES"), readMo);
    if (entries.length >= 5) out.set(lang, { lang, entries, english });
  }
  return [...out.values()];
}

export const defaultDir = () => process.env.ENCSMALL_SOURCES ?? "/usr/share/locale";
