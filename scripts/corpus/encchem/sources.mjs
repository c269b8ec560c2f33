// Reads the encchem set's entries: Kalzium's translated chemistry wording (Debian `kalzium-data`, `usr/share/locale/<locale>/LC_MESSAGES/kalzium.mo`: element names, groups and blocks, physical properties and units, isotopes and decay, molecules, glossary terms and tools), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf as officeLangOf, shown as officeShown, usable as officeUsable } from "../encoffice/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCCHEM_SOURCES, else `encchem-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCCHEM_SOURCES ?? join(root, "..", "encchem-sources");
}

/** A locale → the set's language code, or null to leave it out: encoffice's reading (`ca@valencia` and `en_GB` left out). */
export const langOf = officeLangOf;

/**
 * A message as a cell shows it: encoffice's reading, and KDE's accelerators dropped. why: Qt marks a mnemonic with `&`
 * (`&Datei`, CJK `ファイル(&F)`) and doubles it for a real ampersand; the program shows `Datei`, `ファイル`, `&`.
 */
export function shown(msg, isId) {
  const t = msg.replace(/\(&[A-Za-z0-9]\)/g, "").replace(/&&|&(?=[\p{L}\p{N}])/gu, (a) => (a === "&&" ? "&" : ""));
  return officeShown(t, isId);
}

/** encoffice's test of a text worth a cell, without KDE's translator credits. why: `Your names` and `Your emails` render as lists of people and addresses, no chemistry wording. */
export const usable = (t) => officeUsable(t) && !/^Your (names|emails)$/.test(t);

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`chem`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "kalzium", kind: "chem", langOf, shown, usable });
}
