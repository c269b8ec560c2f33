// encoding-error: one defect per cell that holds bytes the decoder could not read (U+FFFD in the text), UTF-8 text in a Western code page, or UTF-8 encoded twice.
import type { CheckModule } from "../types.js";
import { looksUtf8, mayHoldUtf8, twiceEncodedIn, utf8PairsIn } from "../../encoding/mojibake.js";

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
    return {
      onRow(rec, row) {
        if (pairs && mayHoldUtf8(rec, pairs)) {
          const cells = rec.cells;
          for (let i = 0; i < cells.length; i++) {
            if (looksUtf8(cells[i], pairs)) ctx.report({ code: "encoding-error", row, line: rec.line, byteOffset: rec.byteOffset, column: ctx.header.names[i] ?? null, columnIndex: i + 1, value: cells[i].slice(0, 200), params: twice ? { encoding, utf8: true, twice: true } : { encoding, utf8: true } });
          }
        }
        // the parser flags the records that hold U+FFFD, so clean records cost nothing here
        if (!rec.replacement) return;
        const cells = rec.cells;
        for (let i = 0; i < cells.length; i++) {
          if (cells[i].includes("\uFFFD")) {
            ctx.report({ code: "encoding-error", row, line: rec.line, byteOffset: rec.byteOffset, column: ctx.header.names[i] ?? null, columnIndex: i + 1, value: cells[i].slice(0, 200), params: { encoding, hint } });
          }
        }
      },
    };
  },
};
