// Contender: papaparse (Node stream input, `step` callback) counting records.
import fs from 'node:fs';
import Papa from 'papaparse';
import { args, report } from './common.mjs';

const { file, encoding } = args();
let n = 0;
Papa.parse(fs.createReadStream(file, { encoding }), {
  step: () => { n++; },
  complete: () => report({ rows: n - 1 }), // minus the header
  error: (e) => {
    console.error(e.message);
    process.exit(2);
  },
});
