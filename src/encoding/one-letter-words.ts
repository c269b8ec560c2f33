// Non-ASCII letters a language writes as words of one letter (French `à`, Irish `á`, Portuguese `é`): standing alone, they are words, not signs misread.

/**
 * The non-ASCII one-letter words of each language the single-byte pages serve (language.ts SERVES), lower case. why a
 * hand-written list: the letter-pair tables (language-data.ts) hold ` á` and `á ` apart, not ` á `, and count word starts
 * and ends alike (Kurdish `î` ends words, Polish `ś` starts them; neither is a word). ASCII words (`a`, `y`, `v`) need
 * no entry: only bytes >= 0x80 are weighed.
 */
const ONE_LETTER_WORDS: Record<string, string> = {
  fra: "à",
  por: "àéó",
  spa: "ó",
  ita: "è",
  gle: "áéó",
  glg: "áéó",
  gla: "àèò",
  fur: "à",
  isl: "áíó",
  fao: "áí",
  nor: "å",
  swe: "åö",
  dan: "åø",
  hun: "ő",
  cym: "â",
  kmr: "êû",
  ell: "οηήω",
  rus: "вскуояиа",
  ukr: "івзуйоа",
  bel: "іўузвао",
  bul: "всиаоу",
  srp: "уиаскоћ",
  mkd: "вснаиоу",
};

/** Whether language `lang` writes the letter `c` (any case) as a word of its own. */
export function writesAsWord(lang: string, c: string): boolean {
  return (ONE_LETTER_WORDS[lang] ?? "").includes(c.toLowerCase());
}
