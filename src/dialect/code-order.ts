// Code point order, as `sort` without a comparator writes keys: the one test the sorted-key rules share.

/** The cell and the values, in this order, sort strictly ascending (code point order, as `sort` writes them). */
export const sortedFrom = (cell: string, values: string[]): boolean => [cell, ...values].every((v, i, all) => i === 0 || all[i - 1] < v);
