// signLedEntry (src/dialect/sign-led-list.ts): a list whose entries open with punctuation signs has no header.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { signLedEntry } from "../../src/dialect/sign-led-list.js";
import { runCli } from "../helpers/cli.js";
import { assertHeaderKept } from "../helpers/kept-header.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/punctuation-names-opening-with-signs.txt";
const entries = readFileSync(NAME, "utf8").split("\n").filter((l) => l !== "");

test("signLedEntry: a list of punctuation names opening with their signs keeps its first entry (`!bang-sign`)", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], entries.length, 0]);
});

test("signLedEntry: a name, a marker-led name, one sign only or few sign-led entries keep the header", () => {
  const values = entries.slice(1);
  assert.equal(signLedEntry(entries[0], values), true);
  // a head opening with a letter, or with a marker a column's name may carry (`#id`, `@timestamp`, `$ref`, `_key`)
  assert.equal(signLedEntry("spoken", values), false);
  assert.equal(sniffDialect(["spoken", ...values].join("\n") + "\n", true).header, true);
  assert.equal(sniffDialect(["@sign", ...values].join("\n") + "\n", true).header, true);
  for (const head of ["#sign", "@sign", "$sign", "_sign", "\"sign", "'sign"]) assert.equal(signLedEntry(head, values), false);
  // entries opening with fewer than 3 distinct signs: options under a name written like them
  const options = ["-a", "-b", "-c", "-d", "--help", "-q", "-v", "--version", "-x", "-y", "-z"];
  assert.equal(signLedEntry("-flags", options), false);
  // fewer than 4 in 5 entries sign-led
  const mixed = values.slice(0, 12).concat(["bang", "quote", "hash", "dollar", "percent"]);
  assert.equal(signLedEntry(entries[0], mixed), false);
  // fewer than 10 entries
  assert.equal(signLedEntry(entries[0], values.slice(0, 9)), false);
});

test("signLedEntry: a head written unlike the sign-led entries (capitalised, or wrapped in a sign and its mate) is a name, kept", () => {
  // why: main read `*Operator` above `+add`, `-subtract` as one more operator, silently
  const lines = assertHeaderKept("fixtures/dialect/operator-names-under-a-capitalised-sign-led-name.txt", signLedEntry);
  // a head wrapped in `(` `)` above ignore patterns none of which is wrapped
  const patterns = [".gitignore", "*.log", "/build", "!keep.log", "~backup", ".env", "*.tmp", "/dist", "!important.txt", ".cache"];
  assert.equal(signLedEntry("(pattern)", patterns), false);
  // still entries: a head in the entries' case, capitals above capitals, a wrapped head above wrapped entries
  assert.equal(signLedEntry("*operator", lines.slice(1)), true);
  assert.equal(signLedEntry("!BANG-SIGN", values(entries).map((v) => v.toUpperCase())), true);
  const tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "<s>", "</s>", "<unk>", "<pad>", "<mask>", "{user}", "{bot}"];
  assert.equal(signLedEntry("[BOS]", tokens), true);
});

/** The entries below the fixture's first line. */
function values(all: string[]): string[] {
  return all.slice(1);
}
