// Regenerates seeds/extraction-report.md: `npm run extraction-report -w @guihua/loaders`.
import { writeFileSync } from "node:fs";
import { buildExtractionReport, REPORT_PATH } from "../test/extraction-report.js";

writeFileSync(REPORT_PATH, buildExtractionReport());
console.log(`wrote ${REPORT_PATH}`);
