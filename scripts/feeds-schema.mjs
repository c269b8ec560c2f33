// Writes docs/feeds.schema.json (the feeds file's JSON Schema, for editors) from the zod schema in dist/ (run after a build).
import { writeFileSync } from "node:fs";
import { feedsJsonSchema } from "../dist/src/feeds/config.js";

writeFileSync(new URL("../docs/feeds.schema.json", import.meta.url), JSON.stringify(feedsJsonSchema(), null, 2) + "\n");
