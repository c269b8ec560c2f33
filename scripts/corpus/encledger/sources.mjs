// Reads the encledger set's entries: KMyMoney's translated bookkeeping wording (Debian `kmymoney-common`, `usr/share/locale/<locale>/LC_MESSAGES/kmymoney.mo`: accounts and institutions, transactions and splits, payees, categories, budgets, schedules, imports and reconciliation), unpacked in one folder outside the repository.
import { join } from "node:path";
import { moEntries } from "../encrows/sources.mjs";
import { langOf, shown, usableText } from "../encshelf/sources.mjs";

/** Folder of the sources (where the package was unpacked with `dpkg-deb -x`): $ENCLEDGER_SOURCES, else `encledger-sources` next to the repository. */
export function defaultDir(root) {
  return process.env.ENCLEDGER_SOURCES ?? join(root, "..", "encledger-sources");
}

/** KDE's translator credits: their "translations" are the translators' names and mail addresses, not the program's wording. */
const CREDITS = new Set(["your names", "your emails", "name of translators", "email of translators"]);

/** A text worth a cell: encshelf's (no markup, placeholder such as KDE's `%1`, escape, bar or `&` left) and not a translator credit. */
export const usable = (t) => usableText(t) && !CREDITS.has(t.toLowerCase());

/**
 * encshelf's readings, KMyMoney being a KDE program as Tellico is: `langOf` leaves `ca@valencia` and `en_GB` out, `shown`
 * cuts the context and drops KDE's accelerator ampersands (`&New Account...` → `New Account...`).
 */
export { langOf, shown };

/** Every entry: { lang, code (`en:<English text>`, the half's unit), kind (`ledger`), text }; the English originals once each as lang `en` (the ASCII filler). */
export function loadEntries(dir) {
  return moEntries(dir, { domain: "kmymoney", kind: "ledger", langOf, shown, usable });
}
