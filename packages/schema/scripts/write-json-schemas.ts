// Regenerates packages/schema/json/*.schema.json from the zod schemas: `npm run json -w @guihua/schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import { jsonSchemas } from "../src/json-schemas.js";

const directory = new URL("../json/", import.meta.url);
mkdirSync(directory, { recursive: true });
for (const [name, document] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(name, directory), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(jsonSchemas()).length} JSON Schema files to packages/schema/json`);
