// Shared argument handling for the JS contenders: `node peers/X.mjs FILE [--encoding utf8|latin1]`.
export function args() {
  const argv = process.argv.slice(2);
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--encoding');
  const i = argv.indexOf('--encoding');
  const encoding = i >= 0 ? argv[i + 1] : 'utf8';
  if (!file) {
    console.error('usage: node ' + process.argv[1] + ' FILE [--encoding utf8|latin1]');
    process.exit(2);
  }
  return { file, encoding };
}

/** The one JSON line each contender prints, so the runner can check that the row counts agree. */
export function report(obj) {
  process.stdout.write(JSON.stringify(obj) + '\n');
}
