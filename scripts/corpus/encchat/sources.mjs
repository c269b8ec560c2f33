// Reads the encchat set's entries: Pidgin's translated instant-messaging wording (Debian `pidgin-data`, `usr/share/locale/<locale>/LC_MESSAGES/pidgin.mo`: buddies, groups, statuses, accounts and protocols, conversations, chat rooms, file transfers and their errors, with libpurple's), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf as officeLangOf, shown, usable } from "../encoffice/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCCHAT_SOURCES, else `encchat-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCCHAT_SOURCES ?? join(root, "..", "encchat-sources");
}

/** Pidgin's regional second copies of a language the set already has (`es` and `es_AR`, `ar` and `ar_SA`, `bn` and `bn_IN`). */
const SECOND = new Set(["es_AR", "ar_SA", "bn_IN"]);

/**
 * A locale → the set's language code, or null to leave it out: encoffice's reading (`@` locales such as `sr@latin` and
 * `be@latin`, the English and Hong Kong copies left out) without the regional second copies. why: `ku_IQ` is Sorani in
 * the Arabic script, not `ku` (Kurmanji, Latin), so it is `ckb`, a language of its own (Unicode files only).
 */
export function langOf(locale) {
  if (SECOND.has(locale)) return null;
  return locale === "ku_IQ" ? "ckb" : officeLangOf(locale);
}

/** encoffice's reading of messages: context cut and mnemonic underscores dropped, so `_Add Buddy` is `Add Buddy`. */
export { shown, usable };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`chat`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "pidgin", kind: "chat", langOf, shown, usable });
}
