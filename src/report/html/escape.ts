// HTML escaping for the HTML report: every value from the data goes through here.

/** Escapes text for element content and for quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * Renders a cell value as HTML: escaped, with control characters shown as highlighted escapes
 * (a line break reads \n, NUL \0) and bidirectional overrides as <U+202E>, so what the reader sees
 * is what the file holds; the empty string is labelled. Why ASCII escapes and not control pictures
 * (␊): many fonts lack those glyphs and show an empty box.
 */
export function valueHtml(v: string): string {
  if (v === "") return `<span class="empty">(empty)</span>`;
  let out = "";
  let plain = "";
  for (const ch of v) {
    const cp = ch.codePointAt(0)!;
    const ctl = cp < 0x20 || cp === 0x7f;
    const bidi = cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    if (!ctl && !bidi) { plain += ch; continue; }
    out += esc(plain); plain = "";
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    const named: Record<number, string> = { 0: "\\0", 9: "\\t", 10: "\\n", 13: "\\r" };
    const pic = ctl ? (named[cp] ?? `\\x${cp.toString(16).toUpperCase().padStart(2, "0")}`) : `<${code}>`;
    out += `<span class="ctl" title="${code}">${esc(pic)}</span>`;
  }
  return out + esc(plain);
}
