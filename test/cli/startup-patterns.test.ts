// Start-up: no module of src/ makes a pattern with a Unicode property class when it loads (lazyRegExp in src/lazy.ts makes it at its first use).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ASCII_MEMBERS, asciiTwin, lazyRegExp, unicodeOrAscii } from "../../src/lazy.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

// why: V8 parses a regular expression literal where it is evaluated, and expands \p{…} from ICU's tables then; a
// module-level literal is evaluated when the CLI's bundle (or a worker's) loads, whatever the input (~14 M
// instructions for the dialect's six cell-type patterns, callgrind)
test("no module-level regular expression literal in src/ holds a Unicode property class", () => {
  const found: string[] = [];
  for (const file of sources("src")) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      if (/^(?:export )?(?:const|let|var) \w+ = \/.*\\[pP]\{.*\/[a-z]*u[a-z]*;/.test(line)) found.push(`${file}:${i + 1}`);
    });
  }
  assert.deepEqual(found, []);
});

test("lazyRegExp makes its pattern once, at the first call, with the flags given", () => {
  const get = lazyRegExp(String.raw`^\p{Sc}$`, "u");
  const re = get();
  assert.equal(get(), re);
  assert.equal(re.flags, "u");
  assert.ok(re.test("€") && !re.test("e"));
});

test("asciiTwin: each class it knows matches on every ASCII character what the Unicode class matches (alone, in a class, negated)", () => {
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
  for (const k of Object.keys(ASCII_MEMBERS)) {
    for (const form of [String.raw`^\p{K}$`, String.raw`^[\p{K}_]$`, String.raw`^[^\p{K}\s]$`, String.raw`^(?:\p{K}+|\d)$`]) {
      const unicode = new RegExp(form.replaceAll("K", k), "u");
      const twin = new RegExp(asciiTwin(form.replaceAll("K", k)), "u");
      assert.equal(twin.source.includes("\\p"), false, twin.source);
      assert.deepEqual(ascii.filter((c) => twin.test(c)), ascii.filter((c) => unicode.test(c)), `${form} with ${k}: ${twin.source}`);
    }
  }
  assert.equal(asciiTwin(String.raw`^[\p{L}\p{N}]+[^\p{L}\p{N}\s]`), String.raw`^[A-Za-z0-9]+[^A-Za-z0-9\s]`);
  assert.equal(asciiTwin(String.raw`^(\p{L}+) \[\p{Lu}\]`), String.raw`^([A-Za-z]+) \[[A-Z]\]`);
  assert.throws(() => asciiTwin(String.raw`\p{Sc}`), /no ASCII twin/);
  assert.throws(() => asciiTwin(String.raw`\P{L}`), /no ASCII twin/);
});

test("unicodeOrAscii answers as its Unicode pattern, and makes that pattern only for a string with a non-ASCII character", () => {
  const made: string[] = [];
  const real = globalThis.RegExp;
  globalThis.RegExp = new Proxy(real, { construct: (t, a) => { made.push(String(a[0])); return Reflect.construct(t, a); } });
  try {
    const source = String.raw`^(\p{L}+)[^\p{L}\p{N}\s](\p{Lu}|\p{Ll}+)`;
    const pattern = unicodeOrAscii(source, "u");
    const unicode = new real(source, "u");
    const ascii = ["abc-D", "abc-de", "x+", "ab9-C", "9a-B", "ABC:Def", "", "a b-C"];
    for (const s of ascii) assert.deepEqual([pattern.test(s), pattern.exec(s)?.slice()], [unicode.test(s), unicode.exec(s)?.slice()], s);
    assert.deepEqual(made, [asciiTwin(source)], "only the twin is made for ASCII strings");
    for (const s of ["été-Ça", "Ωμέγα:Δ", "abc-É", "日本-x"]) assert.deepEqual([pattern.test(s), pattern.exec(s)?.slice()], [unicode.test(s), unicode.exec(s)?.slice()], s);
    assert.deepEqual(made, [asciiTwin(source), source]);
  } finally {
    globalThis.RegExp = real;
  }
  assert.throws(() => unicodeOrAscii(String.raw`\p{L}`, "gu"), /keep state/);
});
