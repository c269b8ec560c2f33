// Copies bin/package.json ({"type": "commonjs"}) beside the built bin (dist/bin), after tsc (npm run build).
// why: tsc writes bin/*.ts as CommonJS because of that file, and Node reads dist/bin/*.js as CommonJS only with its copy
// there (the package's own "type" is "module"); a CommonJS bin starts without Node's ES module loader (README, "Start-up").
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist", "bin"), { recursive: true });
copyFileSync(join(root, "bin", "package.json"), join(root, "dist", "bin", "package.json"));
