// Type errors of an inferred column past the rows its type was learnt from: each an error, or many one warning.
import { INFER_SAMPLE_ROWS } from "../../schema/infer.js";
import type { DefectDraft } from "../../types.js";

/** Late type errors from which the column's type, not its values, is taken to be wrong. */
export const LATE_LIMIT = 20;

/**
 * The type errors of one inferred column on rows past the sample, held (the first LATE_LIMIT) and counted. why: a
 * sample of INFER_SAMPLE_ROWS rows shows only its part of a sorted file (GeoNames' admin codes are numbers for the
 * first 13 000 cities, `PDV07-05` after them): the type was guessed, and one error per row past the sample cried wolf
 * on a good file. A few late failures stay errors (a stray word in a number column); many make one warning.
 */
export class LateTypeErrors {
  private n = 0;
  private readonly held: DefectDraft[] = [];

  /** True when the row is past the sample, and the draft is then held here instead of reported. */
  hold(draft: DefectDraft): boolean {
    if (draft.row === null || draft.row <= INFER_SAMPLE_ROWS) return false;
    this.n++;
    if (this.held.length < LATE_LIMIT) this.held.push(draft);
    return true;
  }

  /** What to report at the end: the held errors when few, else one warning that names the option to try. */
  verdict(type: string): DefectDraft[] {
    if (this.n < LATE_LIMIT) return this.held;
    const first = this.held[0];
    const message = `${first.column}: ${this.n} values past the first ${INFER_SAMPLE_ROWS} rows are not ${type} values (the first, "${first.value}", on line ${first.line}); ` +
      `the type was inferred from those rows only, so they are not counted as errors: give --schema with ${first.column} as a string to check them`;
    return [{ ...first, params: { ...first.params, late: this.n }, message, severity: "warning" }];
  }
}
