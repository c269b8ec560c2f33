// How well a reading reads the lines around lone bytes in the file's language, when the sample's ASCII words told one (cp850 Italian `;è esattamente` read in windows-1252 as Galician `Š esattamente`).
import { PRIOR, SERVES, languageScore, segmentScoresByLanguage } from "./language.js";

/** What loneByteFallback knows of a reading: its pages, the file's language it chose and that language's context cost. */
export interface LanguagedReading {
  name: string;
  names: string[];
  lang: string;
  /** How well `lang` fits the sample's ASCII words (context.ts, 0 down to -CONTEXT_CAP), or null when they told no language. */
  ctx: number | null;
}

/**
 * The lines around the lone bytes read by `r`'s page (`read(page)`), scored in `r.lang` with its context cost and the page's prior, when the
 * sample's ASCII words told a language (`r.ctx` not null); else as before, each line in its likeliest language
 * (languageScore). why: a lone byte between ASCII words scores about alike in every page, and the line's own words
 * decide; each line in its likeliest language, cp850 Italian `;è esattamente` (Shotwell's wording) read in windows-1252
 * as Galician `Š esattamente` (Galician's model reads a lone `Š` 9 nats cheaper than Italian's), which beat the cp850
 * reading in Italian by windows-1252's prior, warned naming ibm866. The file's ASCII words are Italian, and in Italian
 * the cp850 line leads by 4 nats past the prior. Refused: readings of another script, and files whose words tell no
 * language (`ctx` null), which keep the likeliest language of each line.
 */
export function linesFitInFileLanguage(read: (page: string) => string, r: LanguagedReading): number {
  const page = r.names.find((n) => SERVES[n]?.includes(r.lang));
  if (r.ctx === null || page === undefined) return languageScore(read(r.name), r.name);
  const { langs, rows } = segmentScoresByLanguage(read(page), page);
  const row = rows[langs.indexOf(r.lang)];
  return row.reduce((s, v) => s + v, (PRIOR[r.name] ?? -3) + r.ctx);
}
