// keyValueListLikeBody (src/dialect/key-value-list.ts): a settings list's first pair is one more setting, not names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sniffDialect } from "../../src/dialect/index.js";
import { keyValueListLikeBody } from "../../src/dialect/key-value-list.js";
import { runCli } from "../helpers/cli.js";
import type { Report } from "../../src/types.js";

const FIXTURE = "fixtures/dialect/settings-list-first-pair-like-the-pairs-below.txt";

test("keyValueListLikeBody: `NAME SN2031ab` above `RA 150.2231`, `FIELD C2`, `SET DEEP` is a record", () => {
  const d = sniffDialect(readFileSync(FIXTURE, "utf8"), true);
  assert.deepEqual([d.delimiter, d.header], [" ", false]);
  // lower-case keys with mixed values, the first value in capitals like others (`hdu OBJECTS` above `skyhdu SKY`)
  const conf = "hdu OBJECTS\nvalueshdu 1\nclumpshdu CLUMPS\nskyhdu SKY\nzeropoint 0.0\nupnum 100\n";
  assert.equal(sniffDialect(conf, true).header, false);
});

test("the built CLI: 8 settings, the first kept (was the header: 7 rows, columns NAME, SN2031ab)", () => {
  const f = (JSON.parse(runCli([FIXTURE, "--format", "json"]).stdout) as Report).files[0];
  assert.deepEqual([f.rows.total, f.columns, f.errors], [8, ["field1", "field2"], 0]);
});

test("near miss: names of a settings list, one-kind columns and a first key unlike the keys keep the header", () => {
  const keys = ["alpha", "mode", "beta", "label"], values = ["0.5", "fast", "2", "run"];
  assert.equal(keyValueListLikeBody(["parameter", "default"], [keys, values]), false);
  assert.equal(keyValueListLikeBody(["KEY", "VALUE"], [keys.map((k) => k.toUpperCase()), values]), false);
  assert.equal(keyValueListLikeBody(["name", "mode"], [keys, values]), false);
  assert.equal(keyValueListLikeBody(["Setting", "fast"], [keys, values]), false);
  // values of one kind: a table's column under its name
  assert.equal(keyValueListLikeBody(["gamma", "slow"], [keys, ["quick", "fast", "slow2x", "run"]]), false);
  assert.equal(keyValueListLikeBody(["gamma", "slow"], [keys, ["1", "2", "3", "4"]]), false);
  // the same list read with its first pair written unlike two names (a value in capitals among capitals): a record
  const caps = ["0.5", "FAST", "2", "run"];
  assert.equal(keyValueListLikeBody(["gamma", "SLOW"], [keys, caps]), true);
  // two words in one case (`gamma slow`) are written as two column names are: kept as names (wfix21)
  assert.equal(keyValueListLikeBody(["gamma", "slow"], [keys, values]), false);
});

test("near miss: a table whose value column mixes numbers and status words keeps its two-noun header (CSV, TSV, `;`)", () => {
  const tables = [
    "player,score\nann,12\nbob,dnf\ncy,9\ndee,dns\ned,15\n",
    "sensor,reading\ntemp,21.5\ndoor,open\nhumidity,40\nlight,off\nwindow,closed\n",
    "Sensor,Reading\nTemperature,21.5\nDoor,Open\nHumidity,40\nLight,Off\nWindow,Closed\n",
    "metric,result\nlatency_ms,12\nstatus,ok\nerrors,0\nmode,fast\nregion,eu\n",
    "test\tresult\nlogin\tpass\nsearch\tfail\nexport_ms\t120\nimport_ms\t340\nlogout\tpass\n",
    "day;hours\nmonday;8\ntuesday;8\nwednesday;off\nthursday;6\nfriday;sick\n",
  ];
  for (const t of tables) assert.equal(sniffDialect(t, true).header, true, t.split("\n")[0]);
});
