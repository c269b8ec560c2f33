// Legacy bytes that are valid UTF-8 by chance in every word they touch, each word gluing letters of unrelated scripts (TIS-620 `แปซิฟิก` read `ừԿԡ`): UTF-8, warned.
import type { EncodingDecision } from "../types.js";
import { lazyRegExp } from "../lazy.js";

/**
 * The scripts a letter is looked up in (Unicode's Script property); a letter of none (Common, Inherited, a historic script)
 * says nothing. why by property, not by 128-code block: Armenian (`Երևան`, U+0535 and U+0580), Ethiopic, Tibetan, Myanmar
 * and Mongolian words span two blocks each, and a real word of them must not count as mixed.
 */
const SCRIPTS = ("Latin Greek Cyrillic Armenian Hebrew Arabic Syriac Thaana Nko Samaritan Mandaic Devanagari Bengali Gurmukhi Gujarati " +
  "Oriya Tamil Telugu Kannada Malayalam Sinhala Thai Lao Tibetan Myanmar Georgian Ethiopic Cherokee Canadian_Aboriginal Ogham Runic " +
  "Tagalog Khmer Mongolian Limbu Tai_Le New_Tai_Lue Buginese Tai_Tham Balinese Sundanese Batak Lepcha Ol_Chiki Glagolitic Coptic " +
  "Tifinagh Yi Lisu Vai Bamum Syloti_Nagri Saurashtra Kayah_Li Rejang Javanese Cham Tai_Viet Meetei_Mayek Adlam Osage Chakma").split(" ");
/** why one group, never a mix: Japanese glues kanji and kana in one word, Korean Hangul and hanja, and Latin or Greek letters glue to kanji (`γ線`). */
const CJK = lazyRegExp(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}]`, "u");
const LETTER = lazyRegExp(String.raw`^\p{L}$`, "u");
/** Letters used as signs: ordinals, micro, the modifier letters (IPA `ˈ`, `ʰ`, the okina, the Ukrainian apostrophe `ʼ`). */
const SIGN_LIKE = /[\u00aa\u00b5\u00ba\u02b0-\u02ff]/u;
/**
 * What parts words: ASCII non-letters, space separators (no-break space), general punctuation (dashes, quotes,
 * bullets) and arrows. why: a real UTF-8 label joins words of two alphabets by them (`Köln\u00a0Кёльн`, `Щ→Šč`), which
 * read as one word mixed scripts; legacy bytes paired by chance reach these characters only through continuation
 * bytes 80-9F (or C2 A0, a Thai letter before a no-break space), which Thai text seldom writes.
 */
const WORD_BREAK = lazyRegExp(String.raw`[^A-Za-z\u0080-\u{10ffff}]+|[\p{Z}\u2010-\u205e\u2190-\u21ff]+`, "u");
const BY_SCRIPT = new Map<string, RegExp>();
const seen = new Map<number, string>();

function inScript(ch: string, name: string): boolean {
  if (!BY_SCRIPT.has(name)) BY_SCRIPT.set(name, new RegExp(`\\p{sc=${name}}`, "u"));
  return BY_SCRIPT.get(name)!.test(ch);
}

/** The script of a non-ASCII character: a name of SCRIPTS, `cjk`, or `` (none: not a letter, a sign-like letter, a script not listed). */
function scriptOf(ch: string): string {
  const c = ch.codePointAt(0)!;
  let s = seen.get(c);
  if (s === undefined) {
    s = !LETTER().test(ch) || SIGN_LIKE.test(ch) ? "" : CJK().test(ch) ? "cjk" : (SCRIPTS.find((name) => inScript(ch, name)) ?? "");
    seen.set(c, s);
  }
  return s;
}

/**
 * Whether the non-ASCII letters of `word` are of two scripts or more. why Latin or Cyrillic with Greek alone is no mix: Greek
 * letters are units and symbols inside words (`μéq/L`, `Δélai`, `ΔТ`); CJK mixes with nothing (above).
 */
function mixedWord(word: string): boolean {
  const scripts = new Set<string>();
  for (const ch of word) if (ch.codePointAt(0)! >= 0x80) scripts.add(scriptOf(ch));
  scripts.delete("");
  scripts.delete("cjk");
  // why Cyrillic with Greek too: Russian tables write Greek symbols on Cyrillic letters (`ΔТ`, `λмакс`)
  return scripts.size >= 2 && !(scripts.size === 2 && scripts.has("Greek") && (scripts.has("Latin") || scripts.has("Cyrillic")));
}

/**
 * Whether every word of `text` (a valid UTF-8 window, decoded; words are runs between ASCII non-letters) that holds a
 * non-ASCII character mixes scripts (mixedWord), and there is one. why: a legacy page's bytes pair up as UTF-8 by chance,
 * each pair a letter of whatever block its lead byte names (TIS-620 `แปซิฟิก` = E1 BB AB D4 BF D4 A1: Vietnamese `ừ`,
 * Armenian `Կ`, Cyrillic `ԡ`); a real UTF-8 word keeps to one script, and one such word is enough to refuse.
 */
export function everyWordMixed(text: string): boolean {
  let any = false;
  for (const word of text.split(WORD_BREAK())) {
    if (!/[^\x00-\x7f]/.test(word)) continue;
    if (!mixedWord(word)) return false;
    any = true;
  }
  return any;
}

/**
 * `utf8` (a sure UTF-8 decision on `sample`), warned naming the legacy page that reads the window, when every non-ASCII
 * word of the window mixes scripts (everyWordMixed); else `utf8`. why still UTF-8: the bytes are valid and few, and a
 * page told from one or two chance words would be a guess; the warning keeps the misreading from passing silently.
 */
export async function mixedWordsWarned(utf8: EncodingDecision, sample: Buffer, wStart: number, wEnd: number, eof: boolean): Promise<EncodingDecision> {
  if (utf8.confidence !== 1 || utf8.uncertain || !everyWordMixed(sample.toString("utf8", wStart, wEnd))) return utf8;
  const { legacyGuess } = await import("./legacy.js");
  const guess = await legacyGuess(sample, wStart, sample.subarray(wStart, wEnd), eof);
  const named = guess.name !== "utf-8" ? { alternative: guess.name, alternatives: [guess.name] } : {};
  return { ...utf8, confidence: 0.4, uncertain: true, ...named };
}
