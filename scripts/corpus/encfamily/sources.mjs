// Reads the encfamily set's entries: Gramps' translated genealogy wording (Debian `gramps`, `usr/share/locale/<locale>/LC_MESSAGES/gramps.mo`: events, relationships, records, reports, sources and citations), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCFAMILY_SOURCES, else `encfamily-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCFAMILY_SOURCES ?? join(root, "..", "encfamily-sources");
}

/**
 * A locale → the set's language code (the gettext-style codes of the page tables), or null to leave it out. why: Hong Kong
 * Chinese is a second traditional Chinese and British English is English; pt_PT is the set's `pt`.
 */
export function langOf(locale) {
  const keep = { pt_BR: "pt_BR", zh_CN: "zh_CN", zh_TW: "zh_TW", pt_PT: "pt" };
  if (locale in keep) return keep[locale];
  if (/^(en|zh_HK)/.test(locale)) return null;
  const m = /^([a-z]{2,3})(?:_[A-Z]{2})?$/.exec(locale);
  return m ? m[1] : null;
}

/** A text worth a cell: 2–300 characters, no C1 control, no markup, placeholder, escape or context bar left over. */
export const usable = (t) => t.length >= 2 && t.length <= 300 && !/[\u0080-\u009f]/.test(t) && !/[<>{}\\|]|%[sd\d(]|\$[a-z{]/i.test(t);

/**
 * A message as a cell shows it: the context (`msgctxt` before U+0004, Gramps' `context|` before a bar) cut, mnemonic
 * underscores (`_Skrót:`, `C_ity:`) dropped, white space folded. why: the program shows `Skrót:`, never the underscore.
 */
export function shown(msg, isId) {
  let t = msg.includes("\u0004") ? msg.slice(msg.indexOf("\u0004") + 1) : msg;
  if (isId && t.includes("|")) t = t.slice(t.lastIndexOf("|") + 1);
  return t.replace(/_(?=[\p{L}\p{N}])/gu, "").replace(/\s+/g, " ").trim();
}

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`family`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "gramps", kind: "family", langOf, shown, usable });
}
