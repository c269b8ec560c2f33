// Reads the encshelf set's entries: Tellico's translated collection-manager wording (Debian `tellico`, `usr/share/locale/<locale>/LC_MESSAGES/tellico.mo`: book, video, music, coin, stamp, wine and game fields, loans, data sources, reports), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf as familyLangOf, usable } from "../encfamily/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCSHELF_SOURCES, else `encshelf-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCSHELF_SOURCES ?? join(root, "..", "encshelf-sources");
}

/**
 * A locale → the set's language code, or null to leave it out. why: `ca@valencia` is a second Catalan and `en_GB` is English
 * (encfamily's `langOf` reads the others the same way).
 */
export const langOf = (locale) => (locale.includes("@") ? null : familyLangOf(locale));

/** A text worth a cell: encfamily's `usable` (2–300 characters, no markup, placeholder, escape or bar) and no `&` left (`&amp;`, `R&B` as KDE writes it). */
export const usableText = (t) => usable(t) && !t.includes("&");

/**
 * A message as a cell shows it: the context (`msgctxt` before U+0004) cut, KDE's accelerator ampersands dropped (`&Title:`
 * → `Title:`, `&&` → `&`), a trailing ellipsis of a menu item kept, white space folded. why: the program shows `Title:`.
 */
export function shown(msg) {
  const t = msg.includes("\u0004") ? msg.slice(msg.indexOf("\u0004") + 1) : msg;
  return t.replace(/&&|&(?=[\p{L}\p{N}])/gu, (m) => (m === "&&" ? "&" : "")).replace(/\s+/g, " ").trim();
}

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`shelf`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "tellico", kind: "shelf", langOf, shown, usable: usableText });
}
