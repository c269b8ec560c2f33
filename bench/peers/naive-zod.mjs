// Contender: the naive design, csv-parse `columns: true` objects + zod z.object().safeParse per row (reference row).
import fs from 'node:fs';
import { parse } from 'csv-parse';
import { z } from 'zod';
import { args, report } from './common.mjs';

const { file, encoding } = args();
// The schema a first version would write (as in anchors/perf.md): coercions, not strict formats,
// so it accepts e.g. `2023-1-5` and ignores extra cells.
const Row = z.object({
  event_id: z.coerce.number().int(),
  customer_name: z.string().min(1),
  email: z.email(),
  age: z.coerce.number().int().min(0).max(130),
  country: z.string().regex(/^[A-Z]{2}$/),
  signup_date: z.coerce.date(),
  event_time: z.coerce.date(),
  event_type: z.enum(['signup', 'login', 'purchase', 'refund', 'cancel', 'upgrade']),
  amount: z.coerce.number(),
  is_active: z.stringbool(),
  comment: z.string(),
  referral_code: z.preprocess((v) => (v === '' ? null : v), z.string().regex(/^[A-Z0-9]{8}$/).nullable()),
});

let rows = 0, invalid = 0;
const parser = fs.createReadStream(file).pipe(parse({ columns: true, relax_column_count: true, encoding }));
parser.on('readable', () => {
  let rec;
  while ((rec = parser.read()) !== null) {
    rows++;
    if (!Row.safeParse(rec).success) invalid++;
  }
});
parser.on('error', (e) => {
  console.error(e.message);
  process.exit(2);
});
parser.on('end', () => report({ rows, invalid }));
