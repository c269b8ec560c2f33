// Legacy-encoding detection with the language model: each code page CSV exports use, the lookalike pairs, rare accents, and uncertainty.
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { sniffEncoding } from "../../src/encoding/index.js";
import { gatherEvidence } from "../../src/encoding/legacy.js";
import { languageScore } from "../../src/encoding/language.js";
import { chunked } from "./helpers.js";

/** A small customer export: ASCII header and ids, `values` in the name and city columns. */
function csv(values: string[], sep = ";"): string {
  const lines = ["id" + sep + "name" + sep + "city" + sep + "amount"];
  values.forEach((v, i) => lines.push([i + 1, v, values[(i + 3) % values.length], `${10 + i},50`].join(sep)));
  return lines.join("\r\n") + "\r\n";
}

async function detect(text: string, encoding: string) {
  return (await sniffEncoding(chunked(iconv.encode(text, encoding), 65536))).decision;
}

/** Decode-equivalence: the answer reads the bytes as the true encoding does. */
function same(text: string, encoding: string, answer: string): boolean {
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, answer === "shift_jis" ? "cp932" : answer) === iconv.decode(bytes, encoding);
}

const TEXTS: Record<string, string[]> = {
  "windows-874": ["สมชาย ใจดี", "กรุงเทพมหานคร", "เชียงใหม่", "นางสาวมาลี ศรีสุข", "ขอนแก่น", "ภูเก็ต"],
  ibm866: ["Александр Петров", "Москва", "Санкт-Петербург", "Наталья Иванова", "Новосибирск", "Екатеринбург"],
  "koi8-u": ["Олександр Шевченко", "Київ", "Львів", "Ірина Коваленко", "Дніпро", "Запоріжжя", "Ґанна Їжакевич", "Чернігів"],
  "iso-8859-4": ["Jānis Bērziņš", "Rīga", "Liepāja", "Ģirts Ķēniņš", "Daugavpils", "Jūrmala"],
  "iso-8859-13": ["Jonas Žukauskas", "Vilnius", "Kaunas", "Ona Šimkienė", "Klaipėda", "Šiauliai", "Panevėžys"],
  "windows-1258": ["Nguyễn Văn An", "Hà Nội", "Đà Nẵng", "Trần Thị Bích", "Huế", "Cần Thơ"],
  macintosh: ["Jérôme Lefèvre", "Montréal", "Genève", "Françoise Dupré", "Besançon", "Évian-les-Bains", "Zoë Noël"],
  "iso-8859-16": ["Kőműves Tünde", "Szegfű", "Hűvösvölgy", "Września", "Cieśla", "Fűzfő"],
};

test("Romanian read alike in windows-1250 and ISO-8859-16 but for ş/ș ţ/ț: ISO-8859-16, warned, naming windows-1250", async () => {
  // why: the bytes cannot tell cedilla from comma; only ISO-8859-16 can encode the comma below that modern text writes.
  const text = csv(["Ștefan Popescu", "București", "Timișoara", "Țicleni", "Iași", "Constanța", "Brașov"]);
  const d = await detect(text, "iso-8859-16");
  assert.equal(d.name, "iso-8859-16");
  assert.equal(d.uncertain, true);
  assert.equal(d.alternative, "windows-1250");
  assert.match(d.example ?? "", /^"\S*[șțȘȚ]\S*" \(iso-8859-16\) or "\S*[şţŞŢ]\S*" \(windows-1250\)$/u);
});

test("the comma-below rule stays out when another byte tells windows-1250 (a „quote” at 0x84/0x94)", async () => {
  const d = await detect(csv(["„Iaşi”", "Braşov", "Timişoara", "Piteşti", "Constanţa"]), "windows-1250");
  assert.equal(d.name, "windows-1250");
});

test("Czech, Polish, Hungarian and Slovak files are not moved to ISO-8859-16", async () => {
  const files: [string, string[]][] = [
    ["windows-1250", ["Příliš žluťoučký kůň", "Šťastný", "Brno", "Třebíč", "Ústí nad Labem"]],
    ["iso-8859-2", ["Łódź", "Gdańsk", "Świętokrzyskie", "Żółć", "Kraków"]],
    ["iso-8859-2", ["Győr", "Hódmezővásárhely", "Kőszeg", "Szőllős", "Fűzfő"]],
    ["windows-1250", ["Košice", "Žilina", "Ľubomír", "Prešov", "Ďurčo"]],
  ];
  for (const [encoding, values] of files) {
    const d = await detect(csv(values), encoding);
    assert.ok(same(csv(values), encoding, d.name), `${values[0]}: answered ${d.name}`);
    assert.notEqual(d.name, "iso-8859-16", values[0]);
  }
});

for (const [encoding, values] of Object.entries(TEXTS)) {
  test(`${encoding}: a small export is read right`, async () => {
    const text = csv(values);
    const d = await detect(text, encoding);
    assert.ok(same(text, encoding, d.name), `answered ${d.name}`);
  });
}

test("windows-1252 Danish, Norwegian, Catalan, Italian and Spanish are not read as windows-1257 or windows-1250", async () => {
  const sets = [
    ["Søren Kærgaard", "København", "Århus", "Ærøskøbing", "Jørgen Møller", "Næstved"],
    ["Bjørn Økland", "Tromsø", "Bodø", "Kjærlighet", "Ålesund", "Frøya"],
    ["Jordi Puigdomènech", "Lleida", "Girona", "Mercè Vilà", "Sant Adrià", "Besalú"],
    ["Niccolò Bonà", "Forlì", "Cantù", "Nardò", "Città di Castello", "Lucia Perù"],
    ["José Muñoz", "Logroño", "Cádiz", "Begoña Ibáñez", "A Coruña", "Peñíscola"],
  ];
  for (const values of sets) {
    const text = csv(values);
    const d = await detect(text, "windows-1252");
    assert.equal(d.name, "windows-1252", values[0]);
    assert.equal(d.uncertain, false, values[0]);
  }
});

test("Cyrillic, Greek, Hebrew, Arabic and Turkish with one accented value in 400 rows are not read as windows-1252", async () => {
  const cases: [string, string][] = [
    ["windows-1251", "Александрович"],
    ["windows-1253", "Θεσσαλονίκη"],
    ["windows-1255", "ירושלים"],
    ["windows-1256", "الإسكندرية"],
    ["windows-1254", "Kadıköy Şişli"],
  ];
  for (const [encoding, value] of cases) {
    const rows = ["id,code,name,amount"];
    for (let i = 1; i <= 400; i++) rows.push(`${i},AB${i},${i === 250 ? value : "Smith"},${i}.25`);
    const text = rows.join("\n") + "\n";
    const d = await detect(text, encoding);
    assert.ok(same(text, encoding, d.name), `${encoding}: answered ${d.name}`);
  }
});

test("lookalike pairs: each member of the pair is answered, or decodes the same", async () => {
  const pairs: [string, string[]][] = [
    ["iso-8859-2", ["Łukasz Wróblewski", "Kraków", "Gdańsk", "Świętochłowice", "Źródło", "Żółć", "Ślęża"]],
    ["windows-1250", ["Łukasz Wróblewski", "Kraków", "Gdańsk", "Świętochłowice", "Źródło", "Żółć", "Ślęża"]],
    ["iso-8859-15", ["Œuvre Dupont", "10 €", "Šárka", "Žofie", "cœur", "Bœuf"]],
    ["windows-1252", ["Ærø", "10 €", "Müller", "café", "Jürgen", "Zoë"]],
    ["koi8-r", ["Александр Петров", "Москва", "Наталья Иванова", "Новосибирск", "Екатеринбург", "Пётр"]],
    ["koi8-u", ["Олександр Шевченко", "Київ", "Ірина Коваленко", "Ґанна Їжакевич", "Чернігів", "Євген"]],
    ["windows-1257", ["Jonas Žukauskas", "Vilnius", "Ona Šimkienė", "Klaipėda", "Panevėžys", "Ąžuolas"]],
    ["windows-1253", ["Άννα Παπαδοπούλου", "Αθήνα", "Άρης Νικολάου", "Θεσσαλονίκη", "Ηράκλειο", "Ελένη"]],
    ["iso-8859-7", ["Άννα Παπαδοπούλου", "Αθήνα", "Άρης Νικολάου", "Θεσσαλονίκη", "Ηράκλειο", "Ελένη"]],
  ];
  for (const [encoding, values] of pairs) {
    const text = csv(values);
    const d = await detect(text, encoding);
    assert.ok(same(text, encoding, d.name), `${encoding}: answered ${d.name}`);
  }
});

test("CJK lookalikes: EUC-KR is not GB18030, GBK is not EUC-JP, Shift_JIS and Big5 are found", async () => {
  const cases: [string, string[]][] = [
    ["euc-kr", ["김민준", "서울특별시", "부산광역시", "이서연", "대구", "인천광역시", "박지훈"]],
    ["gb18030", ["张伟", "北京市", "上海市", "王芳", "广州市", "深圳市", "李娜"]],
    ["euc-jp", ["田中太郎", "東京都", "大阪府", "鈴木花子", "名古屋市", "横浜市", "さくら"]],
    ["shift_jis", ["田中太郎", "東京都", "大阪府", "鈴木花子", "名古屋市", "横浜市", "さくら"]],
    ["big5", ["陳大文", "臺北市", "高雄市", "林美玲", "臺中市", "新竹市", "黃志明"]],
  ];
  for (const [encoding, values] of cases) {
    const text = csv(values, ",");
    const d = await detect(text, encoding);
    assert.ok(same(text, encoding, d.name), `${encoding}: answered ${d.name}`);
  }
});

test("readings that decode the sample to the same text: the commonest encoding, without a warning", async () => {
  // Russian text has none of the letters where KOI8-U differs from KOI8-R; German none where ISO-8859-15 differs.
  let d = await detect(csv(["Александр Петров", "Москва", "Наталья Иванова", "Новосибирск", "Екатеринбург", "Пётр"]), "koi8-u");
  assert.equal(d.name, "koi8-r");
  assert.equal(d.uncertain, false);
  d = await detect(csv(["Jürgen Müller", "München", "Düsseldorf", "Straße", "Köln", "Größe"]), "iso-8859-15");
  assert.equal(d.name, "windows-1252");
  assert.equal(d.uncertain, false);
});

test("a close call is uncertain, names both encodings and shows one value read both ways", async () => {
  // One Romanian word: ş (windows-1250, cedilla) and ș (ISO-8859-16, comma) are the same byte.
  const d = await detect(csv(["Popescu", "Brasov", "Iaşi", "Cluj"]), "windows-1250");
  assert.equal(d.uncertain, true);
  assert.equal(d.name, "iso-8859-16");
  assert.equal(d.alternative, "windows-1250");
  assert.equal(d.example, '"Iași" (iso-8859-16) or "Iaşi" (windows-1250)');
});

test("a clear file is not uncertain", async () => {
  const d = await detect(csv(["Александр Петров", "Москва", "Санкт-Петербург", "Наталья Иванова", "Новосибирск"]), "windows-1251");
  assert.equal(d.name, "windows-1251");
  assert.equal(d.uncertain, false);
  assert.equal(d.alternative, undefined);
});

test("gatherEvidence keeps each distinct non-ASCII word once, with its letters, from the whole sample", () => {
  const rows = ["id,name"];
  for (let i = 0; i < 3000; i++) rows.push(`${i},${i % 1000 === 7 ? "Zoë" : i === 2500 ? "Noël" : "Smith"}`);
  const buf = iconv.encode(rows.join("\n"), "windows-1252");
  const ev = iconv.decode(gatherEvidence(buf, 0), "windows-1252");
  assert.deepEqual(ev.split("\n").filter(Boolean), ["Zoë", "Noël"]);
});

test("gatherEvidence drops a word cut by the end of a partial sample", () => {
  const buf = iconv.encode("a,東京\nb,大阪", "shift_jis");
  const ev = iconv.decode(gatherEvidence(buf.subarray(0, buf.length - 1), 0, false), "shift_jis");
  assert.equal(ev, "東京\n");
});

test("languageScore: the right reading of a word scores above its mojibake", () => {
  const bytes = iconv.encode("Александр", "windows-1251");
  assert.ok(languageScore(iconv.decode(bytes, "windows-1251"), "windows-1251") > languageScore(iconv.decode(bytes, "windows-1252"), "windows-1252") + 20);
  const dk = iconv.encode("Søren", "windows-1252");
  assert.ok(languageScore(iconv.decode(dk, "windows-1252"), "windows-1252") > languageScore(iconv.decode(dk, "windows-1257"), "windows-1257"));
});
