// Reads the encdesk set's text, none used by another set: the translated desktop entries (Name[xx]=, GenericName[xx]=, Comment[xx]=, Keywords[xx]=) and the gettext catalogues of Debian's desktop packages (Xfce, LXDE, MATE, GNOME and Cinnamon settings and menus, time-zone city names), unpacked in one folder outside the repository; each value carries its source entry, so the halves split by source.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encrows/sources.mjs";
import { cleanMessage, poolsBySource } from "../encnation/sources.mjs";

/** Locale folder or desktop-entry suffix → the language code of the pages table (Chinese in two pages' worlds; Serbian Latin apart). */
const LOCALE = { zh_CN: "zh", zh_TW: "zh-TW", zh_HK: "zh-TW", pt_BR: "pt", pt_PT: "pt", nb: "nb", nn: "nb", no: "nb", "sr@latin": "sr-Latn", "sr@Latn": "sr-Latn" };
/** Desktop-entry keys → pool: short labels are names, descriptions notes, search keywords words. */
const KEYS = { Name: "names", GenericName: "names", Comment: "notes", Keywords: "words" };

/** Folder of the sources: $ENCDESK_SOURCES, else `encdesk-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCDESK_SOURCES ?? join(root, "..", "encdesk-sources");
}

export const langOf = (loc) => LOCALE[loc] ?? (/^[a-z]{2,3}$/.test(loc) ? loc : null);

/**
 * A desktop entry's translatable values as [{ key, lang (null for the English original), values }]: Keywords split at `;`,
 * the other keys one value each; only the [Desktop Entry] group (actions repeat the same names).
 */
export function desktopValues(text) {
  const out = [];
  let inEntry = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\[.*\]\s*$/.test(line)) { inEntry = line.trim() === "[Desktop Entry]"; continue; }
    const m = inEntry && line.match(/^(Name|GenericName|Comment|Keywords)(?:\[([^\]]+)\])?\s*=\s*(.*)$/);
    if (!m) continue;
    const raw = m[3].replace(/\\s/g, " ").trim();
    const values = m[1] === "Keywords" ? raw.split(";").map((w) => w.trim()).filter((w) => w.length >= 2) : [raw];
    out.push({ key: m[1], lang: m[2] ? m[2].replace(/\.UTF-8$/i, "") : null, values });
  }
  return out;
}

function walk(dir, test, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, test, out);
    else if (test(e.name) && existsSync(p)) out.push(p); // why existsSync: packages ship links into other packages
  }
  return out;
}

function desktopSources(dir, add) {
  for (const f of walk(join(dir, "deb"), (n) => /\.(desktop|directory)$/.test(n))) {
    const vals = desktopValues(readFileSync(f, "utf8"));
    for (const { key, lang, values } of vals) {
      // why the English original names the source: one entry's key in every language falls in one half
      const en = vals.find((v) => v.key === key && v.lang === null);
      if (!en) continue;
      const src = `desktop:${key}:${en.values.join(";")}`;
      const l = lang === null ? "en" : langOf(lang);
      if (l) add(l, KEYS[key], values.map(cleanMessage).filter(Boolean), src);
    }
  }
}

function catalogueSources(dir, add) {
  const base = join(dir, "deb", "usr", "share", "locale");
  if (!existsSync(base)) return;
  for (const loc of readdirSync(base).sort()) {
    const lang = langOf(loc);
    const msgs = join(base, loc, "LC_MESSAGES");
    if (!lang || !existsSync(msgs)) continue;
    for (const f of readdirSync(msgs).filter((x) => x.endsWith(".mo")).sort()) {
      // why a pool of its own: the time-zone catalogue holds city and country names, the others labels and messages
      const pool = /timezones/.test(f) ? "places" : null;
      for (const [a, b] of moPairs(readFileSync(join(msgs, f)))) {
        // why the last path part: a zone id (`Europe/Zurich`, `Amérique/Bogotá`) names its city there
        const cell = (x) => cleanMessage(pool ? x.split("/").pop().replace(/_/g, " ") : x.split("|").pop());
        const en = cell(a), tr = cell(b);
        if (!en || !tr || en === tr) continue;
        const p = pool ?? (tr.split(" ").length <= 3 ? "names" : "notes");
        add(lang, p, [tr], `mo:${en}`);
        add("en", p, [en], `mo:${en}`);
      }
    }
  }
}

/**
 * Every language's pools: `names` (application and menu names, short labels), `places` (time-zone cities), `words`
 * (search keywords), `notes` (descriptions and messages), with `english` the ASCII pools of the same kinds, and
 * `halfOf(value)` the half of the value's source entry (0 tuning, 1 held out). Empty when the folder is not there.
 */
export function loadSources(dir) {
  const set = poolsBySource("encdesk", ["names", "places", "words", "notes"]);
  desktopSources(dir, set.add);
  catalogueSources(dir, set.add);
  const english = set.english();
  if (!english) return [];
  english.words = english.words.length ? english.words : english.names.filter((v) => /^[A-Za-z]+$/.test(v));
  return set.languages(english, 20);
}
