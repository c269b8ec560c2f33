// Shared helpers for the reporter tests: fixtures, golden files, ajv, a strict XML parser, Chromium discovery.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Report } from "../../src/types.js";
import { REPORT_SCHEMA } from "../helpers/report.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURES = join(ROOT, "fixtures", "report");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A fresh copy of a fixture report (tests may mutate it). */
export function fixture(name: "mixed" | "clean"): Report {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Report;
}

/**
 * Compares `actual` with fixtures/report/expected/<name>. Regenerate all goldens with
 * `UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/report` and review the diff before committing.
 */
export function golden(name: string, actual: string): void {
  const path = join(FIXTURES, "expected", name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE_GOLDEN !== "1") assert.fail(`golden file ${name} was missing and has been written; check it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, "utf8"), `output differs from golden ${name} (UPDATE_GOLDEN=1 to regenerate)`);
}

// ajv ships CommonJS; under ESM the class sits on .default.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule;

export function ajv2020(opts: Record<string, unknown> = {}) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, ...opts });
  addFormats(ajv);
  return ajv;
}

export function reportValidator() {
  const schema = JSON.parse(readFileSync(REPORT_SCHEMA, "utf8"));
  return ajv2020().compile(schema);
}

// ---------------------------------------------------------------- a strict XML 1.0 parser (subset: no DTD, no CDATA)
export interface XmlEl { name: string; attrs: Record<string, string>; children: (XmlEl | string)[] }

const NAME = /^[A-Za-z_][\w.-]*/;
const ILLEGAL = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

function decode(s: string, where: string): string {
  if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`unescaped < or & in ${where}: ${JSON.stringify(s.slice(0, 60))}`);
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[e]) return named[e];
    const cp = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    const ch = String.fromCodePoint(cp);
    if (ILLEGAL.test(ch)) throw new Error(`character reference to an illegal character: ${e}`);
    return ch;
  });
}

/** Parses a document, throwing on anything not well-formed; attribute values and text come back decoded. */
export function parseXml(src: string): XmlEl {
  if (ILLEGAL.test(src)) throw new Error(`illegal XML character U+${src.match(ILLEGAL)![0].codePointAt(0)!.toString(16)}`);
  let i = 0;
  const decl = /^<\?xml[^?]*\?>\s*/.exec(src);
  if (decl) i = decl[0].length;
  const stack: XmlEl[] = [];
  let root: XmlEl | null = null;
  while (i < src.length) {
    if (src.startsWith("</", i)) {
      const m = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(src.slice(i));
      if (!m) throw new Error(`bad end tag at ${i}`);
      const el = stack.pop();
      if (!el || el.name !== m[1]) throw new Error(`mismatched </${m[1]}> at ${i}`);
      i += m[0].length;
    } else if (src[i] === "<") {
      i++;
      const nm = NAME.exec(src.slice(i));
      if (!nm) throw new Error(`bad tag name at ${i}`);
      i += nm[0].length;
      const el: XmlEl = { name: nm[0], attrs: {}, children: [] };
      const parent = stack.length > 0 ? stack[stack.length - 1] : null;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))![0].length;
        i += ws;
        if (src.startsWith("/>", i)) { i += 2; break; }
        if (src[i] === ">") { i++; stack.push(el); break; }
        if (ws === 0) throw new Error(`missing space before attribute at ${i}`);
        const am = /^([A-Za-z_][\w.:-]*)="([^"]*)"|^([A-Za-z_][\w.:-]*)='([^']*)'/.exec(src.slice(i));
        if (!am) throw new Error(`bad attribute at ${i}: ${JSON.stringify(src.slice(i, i + 30))}`);
        const key = am[1] ?? am[3];
        if (key in el.attrs) throw new Error(`duplicate attribute ${key}`);
        // Attribute-value normalisation: raw tab/CR/LF read as spaces; only character references keep them.
        el.attrs[key] = decode((am[2] ?? am[4]).replace(/[\t\n\r]/g, " "), `attribute ${key}`);
        i += am[0].length;
      }
      if (parent) parent.children.push(el);
      else { if (root) throw new Error("more than one root element"); root = el; }
    } else {
      const next = src.indexOf("<", i);
      const text = src.slice(i, next === -1 ? src.length : next);
      if (stack.length === 0) { if (text.trim() !== "") throw new Error("text outside the root element"); }
      else stack[stack.length - 1].children.push(decode(text, "text"));
      i = next === -1 ? src.length : next;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

export const kids = (el: XmlEl, name: string): XmlEl[] => el.children.filter((c): c is XmlEl => typeof c !== "string" && c.name === name);
export const textOf = (el: XmlEl): string => el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
