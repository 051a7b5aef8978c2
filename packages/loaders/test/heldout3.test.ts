/**
 * Third, blind generalisation check: four original documents (`test/heldout3/`) in genres the first two
 * held-out sets do not cover, written and annotated before reading the extractor's source or the other
 * held-out texts, and frozen before the first scoring run. See `heldout3/README.md`.
 *
 * The documents: a 市场监管 “十四五” plan (time limits, 提高x个百分点, 翻一番, a flattened table with ≥/≤),
 * a 科技 2025 work-point document (document-year targets, Chinese-numeral counts, an annex), a 体育 plan
 * (per-capita norms and shares), and a 城市更新 three-year action plan (2024/2025/2026 milestones with
 * repeated phrases, 三年累计 counts, an annex of yearly cells).
 */
import { join } from "node:path";
import { describeCorpus } from "./corpus-suite.js";

/**
 * Measured on 2026-11-21 (first and only scoring run, annotations frozen beforehand):
 *   MEASURED
 */
describeCorpus({
  title: "third held-out set (blind)",
  directory: join(import.meta.dirname, "heldout3"),
  documents: 4,
  length: { min: 1500, max: 3000 },
  floors: { recall: 0, precision: 0, exact: 0 },
});
