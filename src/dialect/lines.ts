// Which line break a sample uses: CRLF, LF or a lone CR (the most frequent), or null when it has none.

export function detectLineTerminator(s: string): string | null {
  // why indexOf instead of a loop over every character: the sample is up to 1 MiB and this ran for every
  // file. Without a CR (most files) the answer needs no counting at all; otherwise indexOf jumps from break
  // to break in native code.
  const firstCr = s.indexOf("\r");
  if (firstCr < 0) return s.includes("\n") ? "\n" : null;
  let lfAll = 0;
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) lfAll++;
  let crlf = 0;
  let cr = 0;
  for (let i = firstCr; i >= 0; i = s.indexOf("\r", i + 1)) {
    if (s.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  const lf = lfAll - crlf;
  if (crlf >= lf && crlf >= cr) return "\r\n";
  return lf >= cr ? "\n" : "\r";
}
