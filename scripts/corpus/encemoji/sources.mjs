// Reads the encemoji set's entries: CLDR's emoji and symbol annotations (npm `cldr-annotations-full`: each character's short name and keywords in ~150 locales, `annotations/<locale>/annotations.json`), unpacked in a folder outside the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Folder of the sources (the one holding `annotations/`): $ENCEMOJI_SOURCES, else `encemoji-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCEMOJI_SOURCES ?? join(root, "..", "encemoji-sources");
}

/**
 * A CLDR locale → the set's language code (the gettext-style codes of the page tables), or null to leave it out.
 * why most regional locales are left out: their files hold only what differs from the parent (a few dozen names), and
 * `no` is Norwegian Bokmål under its old code.
 */
export function langOf(locale) {
  const map = { no: "nb", zh: "zh_CN", "zh-Hant": "zh_TW", "zh-Hant-HK": "zh_HK", "sr-Latn": "sr@latin", "pt-PT": null, und: null };
  if (locale in map) return map[locale];
  return locale.includes("-") ? null : locale;
}

/** The code points of a character as `U+1F514 U+FE0F`: the key a catalogue row and the half split use. */
export const codeOf = (ch) => [...ch].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");

/** A text worth a cell: not empty, at most 80 characters, no C1 control, no inheritance marker. */
const usable = (t) => typeof t === "string" && t.trim() !== "" && t.length <= 80 && !/[\u0080-\u009f]/.test(t) && !t.includes("↑↑↑");

/** The entries of one locale's file: per character, its spoken name (`tts`, kind `name`) and each keyword (`default`, kind `keyword`). */
export function localeEntries(lang, json) {
  const out = [];
  for (const [ch, a] of Object.entries(json?.annotations?.annotations ?? {})) {
    const code = codeOf(ch);
    const texts = [...(a.tts ?? []).slice(0, 1).map((t) => ["name", t]), ...(a.default ?? []).map((t) => ["keyword", t])];
    for (const [kind, text] of texts) if (usable(text)) out.push({ lang, code, kind, text: text.trim() });
  }
  return out;
}

/**
 * Every entry: { lang, code (the character's code points, the half's unit), kind (name or keyword), text }; English
 * ones as lang `en` (the ASCII filler).
 */
export function loadEntries(dir) {
  const base = join(dir, "annotations");
  if (!existsSync(base)) return [];
  const out = [];
  for (const locale of readdirSync(base).sort()) {
    const lang = langOf(locale);
    const p = join(base, locale, "annotations.json");
    if (lang === null || !existsSync(p)) continue;
    out.push(...localeEntries(lang, JSON.parse(readFileSync(p, "utf8"))));
  }
  return out;
}
