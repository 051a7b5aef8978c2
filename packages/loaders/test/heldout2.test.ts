/**
 * Second generalisation check: six more original documents in genres the first held-out set does not
 * cover (`test/heldout2/`), annotated by hand in the seed gold format and scored with the seed scorer
 * (`scoreSeed` of gold.ts). See `heldout2/README.md`.
 *
 * The documents: a provincial 政府工作报告 (a 2023 review full of past facts, then 今年 targets with
 * 左右/以上/以内), a city 十四五 纲要 excerpt with its 主要指标 table flattened one cell per line
 * (属性, ［累计］ column), a 卫生健康 plan (per-thousand norms, ‰ and /10万, a tab-separated table),
 * a 交通 three-year action plan (2024—2026 yearly milestones, 三年累计 km and 亿元, an annex),
 * a 营商环境 plan in 繁體 with half-width punctuation and a simplified annex (time limits, decreases),
 * and a 农业农村 plan written almost entirely in Chinese numerals (一万四千亩, 两家, 九成, 一成五).
 *
 * Conventions (as in the first set): 下降/压减x% is total_growth with direction decrease; a year-on-year
 * growth target in a work report is cagr with the report year as target year; 新增/新建/新改建/净增 of a
 * count are increment; a milestone year's flow (2024年完成投资380亿元) is a level at that year.
 */
import { join } from "node:path";
import { describeCorpus } from "./corpus-suite.js";

/**
 * Measured on 2026-11-21 (commit HEAD plus the loaders work in progress at that time):
 *   recall 236/256 = 0.922, precision 236/256 = 0.922, exact 210/236 = 0.890.
 *   ganzhou 43/44 · 43/53 · 34/43; mianyang 30/35 · 30/30 · 29/30; qinghai 38/39 · 38/38 · 34/38;
 *   suzhou 43/45 · 43/47 · 38/43; wanzai 43/54 · 43/48 · 41/43; xiangtan 39/39 · 39/40 · 34/39.
 * Main failures: 一万四千 / 一万五千 read as 4000 / 5000; small Chinese-numeral counts (五个, 四十座) missed;
 * past facts in a review (截至2023年底…达到1540公里) taken as targets; milestone years (2024年完成投资…)
 * given the plan's end year; 展望二〇三五年 not governing; table-only rows of a flattened table missed.
 * The floors sit a little below the measured figures so that the test guards against regressions.
 */
describeCorpus({
  title: "second held-out set",
  directory: join(import.meta.dirname, "heldout2"),
  documents: 6,
  length: { min: 2000, max: 6000 },
  floors: { recall: 0.89, precision: 0.89, exact: 0.86 },
});
