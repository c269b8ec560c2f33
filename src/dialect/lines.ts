// Which line break a sample uses: CRLF, LF or a lone CR (the most frequent), or null when it has none.

export function detectLineTerminator(s: string): string | null {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) { crlf++; i++; } else if (i + 1 < s.length) cr++;
      else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf === 0 && lf === 0 && cr === 0) return null;
  if (crlf >= lf && crlf >= cr) return "\r\n";
  return lf >= cr ? "\n" : "\r";
}
