// Reads the encdesk set's text, none used by another set: the translated desktop entries (Name[xx]=, GenericName[xx]=, Comment[xx]=, Keywords[xx]=) and the gettext catalogues of Debian's desktop packages (Xfce, LXDE, MATE, GNOME and Cinnamon settings and menus, time-zone city names), unpacked in one folder outside the repository; each value carries its source entry, so the halves split by source.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moPairs } from "../encrows/sources.mjs";
import { cleanMessage } from "../encnation/sources.mjs";
import { hash } from "../encreal/build.mjs";

/** How many values of one pool a language keeps (every k-th, so the pick is deterministic and spread out). */
const KEEP = 3000;
/** Locale folder or desktop-entry suffix → the language code of the pages table (Chinese in two pages' worlds; Serbian Latin apart). */
const LOCALE = { zh_CN: "zh", zh_TW: "zh-TW", zh_HK: "zh-TW", pt_BR: "pt", pt_PT: "pt", nb: "nb", nn: "nb", no: "nb", "sr@latin": "sr-Latn", "sr@Latn": "sr-Latn" };
/** Desktop-entry keys → pool: short labels are names, descriptions notes, search keywords words. */
const KEYS = { Name: "names", GenericName: "names", Comment: "notes", Keywords: "words" };

/** Folder of the sources: $ENCDESK_SOURCES, else `encdesk-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCDESK_SOURCES ?? join(root, "..", "encdesk-sources");
}

const every = (a, n) => (a.length <= n ? a : a.filter((_, i) => i % Math.ceil(a.length / n) === 0));
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
  const byLang = new Map();
  const halfOfValue = new Map();
  const POOLS = ["names", "places", "words", "notes"];
  const add = (lang, pool, values, src) => {
    const s = byLang.get(lang) ?? Object.fromEntries([["lang", lang], ...POOLS.map((k) => [k, []])]);
    byLang.set(lang, s);
    const half = hash(`encdesk|${src}`) & 1;
    for (const v of values) {
      // why first source wins: a value two sources share belongs to one half only
      if (!halfOfValue.has(v)) halfOfValue.set(v, half);
      if (halfOfValue.get(v) === half) s[pool].push(v);
    }
  };
  desktopSources(dir, add);
  catalogueSources(dir, add);
  const en = byLang.get("en");
  byLang.delete("en");
  if (!en) return [];
  const ascii = (a) => every([...new Set(a)].filter((v) => /^[A-Za-z][A-Za-z ,.'-]{1,40}$/.test(v)).sort(), KEEP);
  const english = Object.fromEntries(POOLS.map((k) => [k, ascii(en[k])]));
  english.words = english.words.length ? english.words : english.names.filter((v) => /^[A-Za-z]+$/.test(v));
  const halfOf = (v) => halfOfValue.get(v) ?? (hash(`encdesk|${v}`) & 1);
  return [...byLang.values()]
    .map((s) => ({ ...Object.fromEntries(POOLS.map((k) => [k, every([...new Set(s[k])], KEEP)])), lang: s.lang, english, halfOf }))
    .filter((s) => POOLS.reduce((n, k) => n + s[k].length, 0) >= 20);
}
