// stemMarkEntry (src/dialect/stem-mark-entry.ts): a one-column list's head `application/octet-stream` above `application/json`, `image/png` is an entry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { stemMarkEntry } from "../../src/dialect/stem-mark-entry.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const NAME = "fixtures/dialect/media-type-list-opening-with-an-entry.txt";

test("stemMarkEntry: a media type list opening with `application/octet-stream` above `image/svg+xml`, `text/csv` has no header", () => {
  assert.equal(sniffDialect(readFileSync(NAME, "utf8"), true).header, false);
  const f = (JSON.parse(runCli([NAME, "--format", "json", "-q"]).stdout) as Report).files[0];
  assert.deepEqual([f.columns, f.rows.total, f.errors], [["field1"], 8, 0]);
});

test("stemMarkEntry: one stem for all values, a stem no value has, or a joining mark keep the header", () => {
  const types = ["text/html", "image/png", "image/gif", "text/csv", "audio/ogg"];
  assert.equal(stemMarkEntry("text/plain", types), true);
  assert.equal(stemMarkEntry("item.no", ["item.001", "item.002", "item.003", "item.004", "item.005"]), false);
  assert.equal(stemMarkEntry("Name/Surname", ["Ada/Lovelace", "Alan/Turing", "Grace/Hopper", "Ada/Byron", "Alan/Kay"]), false);
  assert.equal(stemMarkEntry("text_plain", ["text_html", "image_png", "text_csv", "image_gif", "audio_ogg"]), false);
  assert.equal(stemMarkEntry("text/plain", ["text/html", "image/png", "text/csv"]), false);
  assert.equal(sniffDialect("item.no\nitem.001\nitem.002\nitem.003\nitem.004\nitem.005\n", true).header, true);
});
