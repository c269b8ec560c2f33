// Units of measure written in letters of a non-Latin script (`1кг`, `12 χλμ`, `3 كم`): signs of their page beside figures, like currency codes.

/**
 * Unit abbreviations of two letters and more, lower case, that exports write after a figure: Cyrillic (mass, length,
 * volume, time, pieces, power, data, thousands and millions: `кг`, `км`, `мл`, `мин`, `шт`, `квт`, `гб`, `млн`,
 * Ukrainian `хв`, `тис`, Serbian `ком`, Bulgarian `бр`), Greek (`χλμ`, `εκ`, `γρ`, `λτ`, `τεμ`), Arabic (`كغ`, `كجم`, `كم`,
 * `سم`, `مم`, `مل`, `لتر`, `طن`) and Thai (`กก`, `กม`, `ซม`, `มม`, `ชม`). why not one letter (`г`, `м`, `م`): a single
 * high byte beside a figure is as likely a sign or a letter of another page (`1م` is Mac Roman `1„`), and the other rules
 * judge it; why not Latin units (`µg`, `m²`): their letters are ASCII or a sign already (signs.ts).
 */
export const UNIT_CODES = new Set([
  "кг", "мг", "км", "см", "мм", "мл", "шт", "мин", "сек", "час", "млн", "млрд", "тыс", "тис", "га", "квт", "вт", "гб", "мб", "кб", "тб", "уп", "коп", "хв", "ком", "бр",
  "χλμ", "χμ", "εκ", "μμ", "χγρ", "κιλ", "γρ", "λτ", "τεμ",
  "كغ", "كجم", "جم", "كم", "سم", "مم", "مل", "لتر", "طن",
  "กก", "กม", "ซม", "มม", "ชม",
]);
