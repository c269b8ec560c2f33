// Corpus finding (Pollock row_extra_quote*_col8): a quote-stray inside a record that spans lines is reported on the record's first line.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { check } from "../../src/index.js";
import { assertReport, FIXTURES } from "../helpers/report.js";

describe("corpus: quote-stray in a multi-line record", () => {
  // Shape of Pollock's row_extra_quote<R>_col8: a stray quote opens the last (empty) cell of line 2, the
  // field runs on into line 3 and closes there, and text follows the closing quote. SPEC §4: `line` is the
  // line on which the record starts (only quote-unclosed names the line where its quote opened), and
  // byteOffset already points at the record's start — so the defect belongs to line 2, not line 3.
  it("reports line 2 (the record's start, matching its byteOffset), not line 3 where the text after the quote sits", async () => {
    const report = await check([join(FIXTURES, "corpus", "quote-stray-swallowed-line.csv")], { jobs: 1 });
    assertReport(report);
    const f = report.files[0];
    assert.deepEqual(f.defects.map((d) => ({ code: d.code, row: d.row, line: d.line, byteOffset: d.byteOffset })), [
      { code: "quote-stray", row: 1, line: 2, byteOffset: 13 },
    ]);
    assert.deepEqual(f.rows, { total: 2, valid: 1, invalid: 1 });
  });
});
