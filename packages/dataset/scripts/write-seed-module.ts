import { writeFileSync } from "node:fs";
import { renderSeedModule, seedModulePath } from "./render-seed-module.js";

writeFileSync(seedModulePath, renderSeedModule());
console.log(`wrote ${seedModulePath}`);
