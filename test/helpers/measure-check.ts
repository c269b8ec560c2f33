// Child-process probe: runs check() on one file and prints the report's first file and the peak RSS growth, as JSON.
import { check } from "../../src/index.js";

const [path, optionsJson] = process.argv.slice(2);
globalThis.gc?.();
const base = process.memoryUsage().rss;
let peak = base;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const report = await check([path], { jobs: 1, ...(optionsJson ? JSON.parse(optionsJson) : {}) });
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(timer);
process.stdout.write(JSON.stringify({ rssGrowth: peak - base, report }));
