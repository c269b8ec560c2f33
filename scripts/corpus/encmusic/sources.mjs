// Reads the encmusic set's entries: Rhythmbox's translated music-library wording (Debian `rhythmbox-data`, `usr/share/locale/<locale>/LC_MESSAGES/rhythmbox.mo`: track and album fields, play counts and ratings, playlists, podcasts, radio stations, devices and plugins), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf, shown, usable } from "../encoffice/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCMUSIC_SOURCES, else `encmusic-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCMUSIC_SOURCES ?? join(root, "..", "encmusic-sources");
}

/**
 * encoffice's reading of locales and messages: `@` locales (`ca@valencia`, `sr@latin`, `be@latin`) and the English and
 * Hong Kong copies left out; context cut and GNOME's mnemonic underscores dropped, so `_Play Count:` is `Play Count:`.
 */
export { langOf, shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`music`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "rhythmbox", kind: "music", langOf, shown, usable });
}
