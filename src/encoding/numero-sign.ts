// The number abbreviation `Nº` / `nº` (número, numéro, numero) scored as the sign № it stands for, not as a word whose second letter is º.
import { lazyRegExp } from "../lazy.js";

/** `N` or `n` and the masculine ordinal indicator, as a word of its own: no letter or figure before, no letter after (`Nº:`, `nº 12`, `Nº123`). */
const NUMERO = lazyRegExp(String.raw`(?<![\p{L}\p{N}])[Nn]º(?!\p{L})`, "gu");

/**
 * `text` (evidence words one a line) with each `Nº` / `nº` standing alone replaced by `№` for scoring. why: Spanish,
 * Portuguese, Italian and Catalan exports write the number sign so (`Pedido de compra Nº:`, `nº cliente`), and the
 * letter-pair model priced `Nº` as a two-letter word with a foreign letter (−14 in Portuguese, worse in Spanish) while
 * cp852 `Nž` scored −10 in Czech: a cp850 Spanish mailbox whose other words read alike in cp852 was answered cp852.
 * Refused: º inside or glued before a word (`Nºvo`, Czech cp852 `už` read `uº`), ª, and any other letter before º.
 */
export function numeroAsSign(text: string): string {
  return text.includes("º") ? text.replace(NUMERO(), "№") : text;
}
