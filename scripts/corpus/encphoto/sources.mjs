// Reads the encphoto set's entries: Shotwell's translated photo-library wording (Debian `shotwell-common`, `usr/share/locale/<locale>/LC_MESSAGES/shotwell.mo`: photo and video fields, events, tags, ratings, flags, imports, editing tools and publishing services), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf, shown, usable } from "../encoffice/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCPHOTO_SOURCES, else `encphoto-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCPHOTO_SOURCES ?? join(root, "..", "encphoto-sources");
}

/**
 * encoffice's reading of locales and messages: `@` locales (`sr@latin`) and the English and Hong Kong copies left out;
 * context cut and GNOME's mnemonic underscores dropped, so `_Rotate Right` is `Rotate Right`.
 */
export { langOf, shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`photo`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "shotwell", kind: "photo", langOf, shown, usable });
}
