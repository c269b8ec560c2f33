// encoding-error: one defect per cell that holds bytes the decoder could not read (U+FFFD in the text).
import type { CheckModule } from "../types.js";

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
    return {
      onRow(rec, row) {
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
