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
 *   recall 117/169 = 0.692, precision 117/117 = 1.000, exact 109/117 = 0.932.
 *   jiangyu 36/39 · 36/36 · 34/36; linjiang 43/48 · 43/43 · 38/43; nanping 0/43 · 0/0 · 0/0;
 *   qingyuan 38/39 · 38/38 · 37/38. Without nanping: recall 117/126 = 0.929.
 * Main failures: the 科技 work-point document (nanping) yields no targets at all — its only year is in the
 * title (2025年工作要点) and 2025年是…收官之年, with no 到2025年 and no period in brackets (a probe adding
 * "到2025年，" or "（2025年）" gives 56 predictions; "今年" gives none); 提高x个百分点 read as total-growth
 * rather than a percentage-point increment; 三年… totals read as level rather than cumulative;
 * counts with 块/片/枚 or verbs 修缮/打造 missed; 特种设备万台死亡率控制在0.2以内 missed; 走在全省前列 missed;
 * two cells of a table-only annex row missed. No false positives: thresholds, hotlines, document numbers
 * and past facts were all left alone.
 * After one general fix taken from that failure (a one-year programme named by its year, 2025年…工作要点, gets that
 * year as its period; extract-metadata.ts), measured once: recall 159/169 = 0.941, precision 159/168 = 0.946,
 * exact 146/159 = 0.918. The set is no longer blind for that document; the other three were not tuned on.
 * The floors sit a little below the latest figures so that the test guards against regressions.
 */
describeCorpus({
  title: "third held-out set (blind)",
  directory: join(import.meta.dirname, "heldout3"),
  documents: 4,
  length: { min: 1500, max: 3000 },
  floors: { recall: 0.92, precision: 0.92, exact: 0.89 },
});
