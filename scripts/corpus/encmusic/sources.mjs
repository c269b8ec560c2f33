// Reads the encmusic set's entries: Rhythmbox's translated music-library wording (Debian `rhythmbox-data`, `usr/share/locale/<locale>/LC_MESSAGES/rhythmbox.mo`: track and album fields, play counts and ratings, playlists, podcasts, radio stations, devices and plugins), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf as familyLangOf, usable, shown } from "../encfamily/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCMUSIC_SOURCES, else `encmusic-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCMUSIC_SOURCES ?? join(root, "..", "encmusic-sources");
}

/**
 * A locale → the set's language code, or null to leave it out. why: `ca@valencia`, `sr@latin` and `be@latin` are second
 * spellings of a language the set already has; `en_GB`, `en_CA` and `zh_HK` are copies (encfamily's `langOf` reads the
 * others the same way).
 */
export const langOf = (locale) => (locale.includes("@") ? null : familyLangOf(locale));

/**
 * A message as a cell shows it: encfamily's `shown` (the `msgctxt` and a `context|` prefix cut, GNOME's mnemonic
 * underscores dropped, white space folded), so `_Play Count` is `Play Count`.
 */
export { shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`music`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "rhythmbox", kind: "music", langOf, shown, usable });
}
