// encoding-error: one defect per cell that holds bytes the decoder could not read (U+FFFD in the text) or a U+FFFD written in the file, UTF-8 text in a single-byte page, UTF-8 encoded twice, or a pasted Windows byte (a C1 control in an ISO-8859 or CJK page, box drawing in KOI8).
import type { CheckContext, CheckModule } from "../types.js";
import type { ParsedRecord } from "../../types.js";
import { lineMayHold, looksUtf8, mayHoldUtf8, twiceEncodedIn, utf8PairsIn } from "../../encoding/mojibake.js";
import { cellIsUtf8 } from "../../encoding/utf8words.js";
import { asciiLine } from "../../parse/line-record.js";
import { CJK_PAGES } from "../../encoding/cjk-pages.js";

/** A C1 control: in an ISO-8859 page a byte 0x80–0x9F, which text never holds; it is a windows-125x quote, dash or € pasted in. */
const C1 = /[\u0080-\u009f]/;
/** Box drawing, blocks and ⌠ ⌡ ■ ∙: what KOI8-R/U make of windows-125x “ ” ‘ ’ … € « » (0x80–0xBF); no table's text. */
const KOI8_PSEUDO = /[\u2500-\u259f\u2320\u2321\u25a0\u2219]|\u221a(?=\s|$)/;
/**
 * The same for a line, searched in place: `√` (what KOI8 makes of a windows-1252 `–`) anywhere, the cell test decides.
 * why `√` only before a space or a cell's end: a root binds to what follows (`√2`, `√x`); a pasted dash stands alone.
 */
const KOI8_PSEUDO_LINE = /[\u2500-\u259f\u2320\u2321\u25a0\u2219\u221a]/g;
/** CJK pages whose decoders pass a lone 0x80–0x9F through as a C1 control (EUC-JP `’s` reads U+0092 `s`). */
const CJK_C1 = new Set([...CJK_PAGES, "gbk"]);

/**
 * C1's global twin for lineMayHold, which searches a line in place in the tokenizer's buffer. why one, made here: each
 * part of a split file creates its checks anew, and a matcher per part added an entry per part to mojibake.ts's `seen`
 * (holding the last text searched to the end of the run); the matchers hold no state between calls (see utf8PairsIn).
 */
const C1_LINE = new RegExp(C1.source, "g");

/**
 * What a byte pasted from a Windows program becomes in `encoding` and the defect's params, or null. why: an ISO-8859,
 * KOI8 or EUC dump into which values were pasted from a Windows program holds their “ ” – as characters no text holds.
 */
export function pastedIn(encoding: string | null): { re: RegExp; line: RegExp; params: Record<string, unknown> } | null {
  if (encoding === null) return null;
  if (encoding.startsWith("iso-8859-") || CJK_C1.has(encoding)) return { re: C1, line: C1_LINE, params: { encoding, control: true } };
  if (encoding === "koi8-r" || encoding === "koi8-u") return { re: KOI8_PSEUDO, line: KOI8_PSEUDO_LINE, params: { encoding, pseudo: true } };
  return null;
}

export const encodingError: CheckModule = {
  meta: {
    id: "encoding-error",
    description: "every byte is valid in the file's encoding",
    codes: ["encoding-error"],
  },
  create(ctx) {
    const encoding = ctx.file.encoding;
    // why: a UTF-8 file whose bad bytes read as windows-1252 most likely had a tail appended in that code page
    const hint = encoding === "utf-8" ? "they may be windows-1252 text in a UTF-8 file" : undefined;
    // why: the mirror case, UTF-8 rows in a windows-1252 file, has only valid bytes, so nothing showed and --clean
    // kept "MÃ¼ller"; each such cell is an encoding-error too (null for other encodings: no cost there)
    // (and in a UTF-8 file, the same pairs are UTF-8 text encoded twice: params.twice)
    const twice = twiceEncodedIn(encoding);
    const pairs = twice ?? utf8PairsIn(encoding);
    const pairParams = twice ? { encoding, utf8: true, twice: true } : { encoding, utf8: true };
    // why only when detection saw UTF-8 words: in other pages a legacy word can form valid UTF-8 by chance (capitals)
    const otherPage = pairs === null && encoding !== null && ctx.file.utf8Rows === true ? encoding : null;
    const pasted = pastedIn(encoding);
    const flag = (rec: ParsedRecord, row: number, test: (cell: string) => boolean, params: Record<string, unknown>): void => {
      const cells = rec.cells;
      for (let i = 0; i < cells.length; i++) {
        if (test(cells[i])) report(ctx, rec, row, i, params);
      }
    };
    return {
      onRow(rec, row) {
        // why first: every test below looks for a character above U+007F (a UTF-8 pair, a C1 control, a KOI8 pseudo-
        // graphic, U+FFFD, a word of another page), which an ASCII line cannot hold; the searches cost ~190
        // instructions a row on the bench file, where every line is ASCII
        if (asciiLine(rec)) return;
        if (pairs && mayHoldUtf8(rec, pairs)) flag(rec, row, (c) => looksUtf8(c, pairs), pairParams);
        if (otherPage !== null) flag(rec, row, (c) => cellIsUtf8(c, otherPage), { encoding, utf8: true });
        if (pasted !== null && lineMayHold(rec, pasted.line, pasted.re)) flag(rec, row, (c) => pasted.re.test(c), pasted.params);
        // the parser flags the records that hold U+FFFD, so clean records cost nothing here
        // why apart: a U+FFFD written in valid UTF-8 (EF BF BD) is no bad byte here; an earlier tool lost a character
        if (rec.replacement) flag(rec, row, (c) => c.includes("\uFFFD"), rec.fffdWritten === true ? { encoding, written: true } : { encoding, hint });
      },
    };
  },
};

function report(ctx: CheckContext, rec: ParsedRecord, row: number, i: number, params: Record<string, unknown>): void {
  ctx.report({ code: "encoding-error", row, line: rec.line, byteOffset: rec.byteOffset, column: ctx.header.names[i] ?? null, columnIndex: i + 1, value: rec.cells[i].slice(0, 200), params });
}
