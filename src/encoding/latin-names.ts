// What a run of ASCII letters costs a reading in a language of another script: a Latin name in a Cyrillic, Greek… file.

/** Languages whose letter pairs price a Latin name: the commonest Latin-script ones of the models. */
const LATIN_REFERENCE = ["fra", "deu", "spa", "ita", "por", "nld", "pol"];
/** What a word in another language than the file's costs (legacy.ts SWITCH_LANGUAGE): a Latin name is one. */
const LATIN_NAME_SWITCH = -2;

/**
 * The log-likelihood of `run` in a language written in another script than Latin, when every letter of it is ASCII: its
 * best score among LATIN_REFERENCE's languages (`scoreIn`) less a language switch; else null (the language's own
 * letter-pair model scores it). why: Cyrillic, Greek, Arabic… exports write company and brand names in Latin letters
 * (`Litware®`, `CORP™`, `LTD©`), and a sign glued to one brings the word into the evidence; the model scored each Latin
 * letter as a foreign one (about -20 nats), so a windows-1251 Serbian invoice list read worse on its seven brand names
 * than ISO-8859-16 soup did on its Cyrillic month names, and was answered ISO-8859-16. why a switch's cost: never
 * cheaper than a Latin reading pays for the same name, or Latin files whose one odd byte a Greek page reads as a letter
 * (`¼` is `Ό`) went Greek on their `m²` and `CHF 9250`. Refused: a run holding a letter of any other script
 * (`Москваcity`, `mддritelmiд` for a Latin word read in a Cyrillic page), which the model still judges letter by letter;
 * `modelScores` (a Latin-script language, or one whose script the reading holds no letter of: language.ts) keeps the
 * model's score too.
 */
export function latinNameScore(run: string, modelScores: boolean, scoreIn: (lang: string) => number): number | null {
  if (modelScores) return null;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 0x80) return null;
  return Math.max(...LATIN_REFERENCE.map(scoreIn)) + LATIN_NAME_SWITCH;
}
