// Contender: raw csv-parse (stream API, arrays, relax_column_count) counting records: the floor for a csv-parse-based design.
import fs from 'node:fs';
import { parse } from 'csv-parse';
import { args, report } from './common.mjs';

const { file, encoding } = args();
let n = 0;
// Why relax_column_count: without it csv-parse throws at the first short row of the dirty file,
// and a validator has to read ragged rows anyway. It is a length check, not a different code path.
const parser = fs.createReadStream(file).pipe(parse({ relax_column_count: true, encoding }));
parser.on('readable', () => {
  while (parser.read() !== null) n++;
});
parser.on('error', (e) => {
  console.error(e.message);
  process.exit(2);
});
parser.on('end', () => report({ rows: n - 1 })); // minus the header
