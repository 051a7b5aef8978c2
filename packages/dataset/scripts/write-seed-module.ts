import { mkdirSync, writeFileSync } from "node:fs";
import { nationalDirectory, renderNationalFiles } from "./render-national-files.js";
import { renderSeedModule, seedModulePath } from "./render-seed-module.js";

writeFileSync(seedModulePath, renderSeedModule());
console.log(`wrote ${seedModulePath}`);
mkdirSync(nationalDirectory, { recursive: true });
for (const [name, content] of Object.entries(renderNationalFiles())) {
  writeFileSync(nationalDirectory + name, content);
  console.log(`wrote ${nationalDirectory}${name}`);
}
