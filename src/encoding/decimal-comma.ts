// Whether the amounts beside a sign write a decimal comma (`5.868,70 €`, `€ 19874,13`): the euro's way, never the shekel's.

/** Occurrences of the sign looked at, at most (a price list repeats it on every row). */
const LOOK_AT = 200;
/** An amount ending in a decimal comma (`5.868,70`, `19874,13`) or in a decimal point (`5,868.70`). */
const COMMA_DECIMAL = /[0-9],[0-9]{2}$/;
const POINT_DECIMAL = /[0-9]\.[0-9]{2}$/;
const BLANK = new Set([0x20, 0xa0]);

/** The amount (figures, `.`, `,`) ending at `end` in `sample`, as latin1 text. */
function amountBefore(sample: Buffer, end: number): string {
  let s = end;
  while (s > 0 && ((sample[s - 1] >= 0x30 && sample[s - 1] <= 0x39) || sample[s - 1] === 0x2c || sample[s - 1] === 0x2e)) s--;
  return sample.toString("latin1", s, end);
}

/** The amount starting at `start` in `sample`. */
function amountAfter(sample: Buffer, start: number): string {
  let e = start;
  while (e < sample.length && ((sample[e] >= 0x30 && sample[e] <= 0x39) || sample[e] === 0x2c || sample[e] === 0x2e)) e++;
  return sample.toString("latin1", start, e);
}

/**
 * Whether the amounts beside `byte` in `sample` (from `from` on; across one blank or no-break space) write a decimal comma
 * and none a decimal point. why: ISO-8859-15's `€` is windows-1255's `₪` (A4), so a euro price list with no other high
 * byte was warned naming windows-1255; Israel writes amounts with a decimal point (he_IL: `1,234.50 ₪`), and a decimal
 * comma beside the sign is no shekel. Refused: amounts with a decimal point anywhere beside it (Irish or Maltese euro
 * prices, `€ 12.50`, stay warned), and signs beside no amount.
 */
export function decimalCommaBeside(sample: Buffer, from: number, byte: number): boolean {
  let comma = 0;
  let seen = 0;
  for (let i = sample.indexOf(byte, from); i >= 0 && seen < LOOK_AT; i = sample.indexOf(byte, i + 1), seen++) {
    const before = amountBefore(sample, BLANK.has(sample[i - 1]) ? i - 1 : i);
    const after = amountAfter(sample, BLANK.has(sample[i + 1]) ? i + 2 : i + 1);
    for (const amount of [before, after.replace(/[.,]$/, "")]) {
      if (POINT_DECIMAL.test(amount)) return false;
      if (COMMA_DECIMAL.test(amount)) comma++;
    }
  }
  return comma > 0;
}
