// Reads the encvideo set's entries: Kdenlive's translated video-editing wording (Debian `kdenlive-data`, `usr/share/locale/<locale>/LC_MESSAGES/kdenlive.mo`: clips and the project bin, timeline and tracks, effects and transitions with their parameters, render profiles and jobs, subtitles, proxies and titles), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf, shown, usable } from "../encchem/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCVIDEO_SOURCES, else `encvideo-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCVIDEO_SOURCES ?? join(root, "..", "encvideo-sources");
}

/** encchem's readings: encoffice's locale codes, Qt's `&` accelerators dropped, KDE's translator credits left out (Kdenlive is a KDE program too). */
export { langOf, shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`video`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "kdenlive", kind: "video", langOf, shown, usable });
}
