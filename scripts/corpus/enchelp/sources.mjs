// Reads the enchelp set's entries: GNOME's translated help pages (Debian `gnome-user-docs`, `usr/share/help/<lang>/gnome-help/*.page`) and SuperTux's translated game text and level dialogue (Debian `supertux-data`, `usr/share/games/supertux2/**/<lang>.po`), both packages unpacked in one folder outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources (where both packages were unpacked with `dpkg-deb -x`): $ENCHELP_SOURCES, else `enchelp-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCHELP_SOURCES ?? join(root, "..", "enchelp-sources");
}

/**
 * A help folder or .po file's locale → the set's language code (the gettext-style codes of the page tables), or null to
 * leave it out. why: regional variants (`es_AR`, `fr_CA`, `hi_IN`) hold a second copy of their language, and SuperTux's
 * `cmn` is a second Mandarin; `C` is the English original (the filler).
 */
export function langOf(locale) {
  const map = { C: "en", cmn: null, ms_MY: "ms", af_ZA: "af", th_TH: "th", fa_IR: "fa", ast_ES: "ast" };
  if (locale in map) return map[locale];
  if (/^[a-z]{2,3}_[A-Z]{2}$/.test(locale) && !["pt_BR", "zh_CN", "zh_TW", "zh_HK"].includes(locale)) return null;
  return locale;
}

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
/** A Mallard element's text: tags dropped, entities read, white space folded. */
export const plainOf = (xml) => xml.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot|apos);/g, (_, k) => ENTITIES[k]).replace(/\s+/g, " ").trim();

/** A text worth a cell: 2–300 characters, no C1 control, no markup or placeholder left over. */
const usable = (t) => t.length >= 2 && t.length <= 300 && !/[\u0080-\u009f]/.test(t) && !/[<>{}]|%[sd\d]|\$\{/.test(t);

/** The entries of one help page: its title, description and each paragraph (kind `title`, `desc`, `p`), keyed by the page. */
export function pageEntries(lang, page, xml) {
  const out = [];
  for (const m of xml.matchAll(/<(p|title|desc)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = plainOf(m[2]);
    if (usable(text)) out.push({ lang, code: `help:${page}`, kind: m[1], text });
  }
  return out;
}

const unquote = (s) => s.replace(/\\(["\\nt])/g, (_, c) => ({ n: "\n", t: " " })[c] ?? c);
/** A .po field (`msgid`, `msgstr`) of one block: its quoted pieces joined, or null. */
function field(block, name) {
  const m = new RegExp(`^${name} ((?:".*"\\n?)+)`, "m").exec(block);
  return m ? unquote([...m[1].matchAll(/"(.*)"/g)].map((x) => x[1]).join("")) : null;
}

/**
 * The entries of one .po file: each translated, non-fuzzy message (the first plural form), keyed by its English text.
 * why the line marks go: SuperTux writes a line's style as its first character (`#` text, `-` heading, `*` small).
 */
export function poEntries(lang, po) {
  const out = [];
  for (const block of po.split(/\n\s*\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(block)) continue;
    const id = field(block, "msgid");
    const str = field(block, "msgstr") ?? field(block, "msgstr\\[0\\]");
    if (!id || !str || str === id) continue;
    const text = str.split("\n").map((l) => l.replace(/^[#*!\-]\s*/, "").trim()).filter(Boolean).join(" ");
    if (usable(text)) out.push({ lang, code: `game:${id}`, kind: "game", text });
  }
  return out;
}

/** Every .po file under `dir`, by path order. */
function poFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name.endsWith(".po")) out.push(p);
    else if (!name.includes(".") && statSync(p, { throwIfNoEntry: false })?.isDirectory()) out.push(...poFiles(p));
  }
  return out;
}

/** The help pages' entries, English ones (`C`) as lang `en`; a translated text equal to the English one is left out. */
function helpEntries(base) {
  if (!existsSync(base)) return [];
  const out = [];
  const english = new Set();
  for (const locale of readdirSync(base).sort((a, b) => (a === "C" ? -1 : b === "C" ? 1 : a < b ? -1 : 1))) {
    const lang = langOf(locale);
    const dir = join(base, locale, "gnome-help");
    if (lang === null || !existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort().filter((x) => x.endsWith(".page"))) {
      for (const e of pageEntries(lang, f.replace(/\.page$/, ""), readFileSync(join(dir, f), "utf8"))) {
        if (lang === "en") english.add(e.text);
        else if (english.has(e.text)) continue;
        out.push(e);
      }
    }
  }
  return out;
}

/**
 * Every entry: { lang, code (`help:<page>` or `game:<English text>`, the half's unit), kind (title, desc, p, game), text }.
 * The English help pages are lang `en` (the ASCII filler); SuperTux's English originals are not read.
 */
export function loadEntries(dir) {
  const out = helpEntries(join(dir, "usr", "share", "help"));
  const game = join(dir, "usr", "share", "games", "supertux2");
  if (!existsSync(game)) return out;
  for (const p of poFiles(game)) {
    const lang = langOf(p.split("/").pop().replace(/\.po$/, ""));
    if (lang !== null && lang !== "en") out.push(...poEntries(lang, readFileSync(p, "utf8")));
  }
  return out;
}
