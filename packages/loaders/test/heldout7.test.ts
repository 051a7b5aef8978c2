/**
 * Seventh, blind generalisation check: four original documents (`test/heldout7/`) in genres the earlier sets do
 * not cover, written and annotated without reading the extractor's source or the other held-out texts, and frozen
 * before the first scoring run. See `heldout7/README.md`.
 *
 * The documents: a provincial 人才发展 “十四五” plan with a table, a municipal 住房保障 three-year plan with yearly
 * headings (（一）2023年。…), a municipal 數字政府 plan in traditional script, and a county 金融 work report (a
 * 2024 review and a 2025 plan).
 *
 * Measured on 2026-11-21 (first scoring run, annotations frozen beforehand; the texts were never read by whoever
 * tuned the extractor): recall 132/135 = 0.978, precision 132/137 = 0.964, exact 112/132 = 0.848.
 *   chengchuan 38/39 · 38/39 · 37/38; hefeng 29/29 · 29/29 · 21/29; lingan 35/36 · 35/36 · 33/35;
 *   tangxi 30/31 · 30/33 · 21/30.
 * Inexact: a year-only heading (（一）2023年。) not governing its items (six targets); a one-year plan's growth
 * (增长6%左右) read as total growth, not a yearly rate; a total over a stated year range (2023—2025年,…6万套以上)
 * read as a level. False positives: eligibility rules (人均住房建筑面积应低于15平方米, 收入低于…的2倍), a from-value
 * (占比上限由7%…), a threshold (对年营业收入500万元以上…), 走在全省前列 without a subject of its own. This first run
 * is the honest estimate for unseen text.
 * After general fixes from it (a heading that is only a year governs its items; growth in a one-year programme
 * is a yearly rate, as in a work report; a review-and-plan title plans its second year; a year range opening a
 * sentence (2023—2025年,) sets the target year and makes a total, unless it counts projects; 仍低于 states the
 * present), measured once: recall 132/135 = 0.978, precision 132/137 = 0.964, exact 123/132 = 0.932. The same
 * fixes raised the third set's exact rate from 0.970 to 0.988. The set is no longer blind.
 */
import { join } from "node:path";
import { describeCorpus } from "./corpus-suite.js";

describeCorpus({
  title: "seventh held-out set (blind)",
  directory: join(import.meta.dirname, "heldout7"),
  documents: 4,
  length: { min: 2000, max: 3000 },
  floors: { recall: 0.96, precision: 0.95, exact: 0.91 },
});
