// Reads the encoffice set's entries: Evolution's translated groupware wording (Debian `evolution-common`, `usr/share/locale/<locale>/LC_MESSAGES/evolution.mo`: contact fields and address labels, appointments, meetings, tasks, memos, mail folders, filters and accounts), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf as familyLangOf, usable, shown } from "../encfamily/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCOFFICE_SOURCES, else `encoffice-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCOFFICE_SOURCES ?? join(root, "..", "encoffice-sources");
}

/**
 * A locale → the set's language code, or null to leave it out. why: `ca@valencia`, `sr@latin`, `be@latin` and `en@shaw`
 * are second spellings of a language the set already has (or English); `en_GB`, `en_AU`, `en_CA` and `zh_HK` are copies
 * (encfamily's `langOf` reads the others the same way).
 */
export const langOf = (locale) => (locale.includes("@") ? null : familyLangOf(locale));

/**
 * A message as a cell shows it: encfamily's `shown` (the `msgctxt` and a `context|` prefix cut, GNOME's mnemonic
 * underscores dropped, white space folded), so `_Business Phone:` is `Business Phone:`.
 */
export { shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`office`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "evolution", kind: "office", langOf, shown, usable });
}
