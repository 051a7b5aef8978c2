import type { Comparator } from "@guihua/schema";

/** The value of each Chinese digit character, written one for one (二〇二五 → 2025, 三点五 → 3.5). */
export const CHINESE_DIGIT_CHARACTERS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** Comparator words written before the number, longest first. */
export const COMPARATORS_BEFORE: readonly [string, Comparator][] = [
  ["不少于", ">="],
  ["不低于", ">="],
  ["不得少于", ">="],
  ["不得低于", ">="],
  ["至少", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["控制在", "<="],
  // 下降到X, 压减至X without 以下/以内 is a plain "=" on a falling indicator (the direction says which way it
  // binds); with 以下 or 以内 after the number the comparator is "<=".
  ["超过", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["超", ">"],
  ["突破", ">"],
  ["低于", "<"],
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["少于", "<"],
  ["约", "~"],
  ["近", "~"],
];
/** Comparator words written after the number (and its measure word). */
export const COMPARATORS_AFTER: readonly [string, Comparator][] = [
  ["及以上", ">="],
  ["及以下", "<="],
  ["以上", ">="],
  ["以内", "<="],
  ["以下", "<="],
  ["左右", "~"],
  ["上下", "~"],
];
/** Words marking an aspiration rather than a commitment. */
export const HEDGE_PATTERN = /力争|争取|探索|鼓励|努力/;
/** Rates: yearly growth, written before the percentage. */
export const YEARLY_GROWTH_PATTERN =
  /(?:年均|年平均|每年|年|同比)(?:增长|增幅|增速|提高|递增|增加|增长率|增长幅度|下降|降低|减少)|增长率|增幅|年增|涨幅/;
/** Growth against a stated base: 较“十三五”增加, 比2020年增长, 比上年提高. */
export const TOTAL_GROWTH_PATTERN =
  /(?:较|比)(?:(?:19|20)\d{2}年(?:底|末)?|“?十[一二三四五六]五”?(?:末|期末|时期|期间)?|上年|去年|基期|基准年|同期)[^,;。]{0,16}?(?:增长|增加|提高|提升|上升|下降|降低|减少)/;
/** A change written right before the number: 增长5.5%, 下降10%, 提高2个百分点. */
export const CHANGE_BEFORE_NUMBER_PATTERN =
  /(?:增长|增加|提高|提升|上升|下降|降低|减少|压减|缩减|涨幅|增幅|增速|降幅)(?:了|约|近|超过|不低于|不少于|达到)?\s*$/;
export const DECREASE_PATTERN = /下降|降低|减少|压减|缩短|压缩|降至|降到|减至/;
export const CUMULATIVE_PATTERN = /累计/;
/** Per year: 每年, 年均, 每年度 (not 年度投资, this year's investment). */
export const PER_YEAR_PATTERN = /每年|年均|每年度/;
/** New additions: 新增, 新建, 新引进, 新培育, 新改建, 新开通, 净增…; not 创新建设, 更新, 重新. */
export const INCREMENT_PATTERN =
  /增设|净增|(?<![创更革重刷翻清崭全最])新(?:增|建|引进|培育|认定|设立|创建|开工|落地|招引|入选|开设|组建|获批|注册|改建|开通)/;
/** A target with a yearly number in it: 年均申请5件, 每年培训100人次. */
export const PER_YEAR_MEAN_PATTERN = /年均/;
/**
 * Section titles of background and achievements: numbers there are facts. The title must be about
 * the background as a whole, a noun phrase ending in such a word (发展基础, 规划基础与面临形势,
 * “十三五”时期取得的成就) or opening with a review (回顾, 过去五年); a word inside a task title
 * (建设基础设施, 推进进展) does not count.
 */
export const FACT_SECTION_PATTERN =
  /(?:基础|现状|成就|成效|回顾|序言|形势|背景|进展|发展环境|工作情况|成绩|机遇|挑战|基本情况|总体情况)(?:和|与|及)?(?:[\u4e00-\u9fff]{0,6}(?:形势|挑战|机遇|问题|情况|经验))?$|^(?:回顾|过去|总结|取得)/;
/** A title that opens with a task verb is a task, whatever noun it ends in (夯实发展基础, 优化发展环境). */
export const TASK_TITLE_PATTERN =
  /^(?:夯实|筑牢|打牢|巩固|加强|强化|建设|推进|推动|提升|完善|构建|优化|改善|营造|打造|健全|深化|实施|做好|加快|持续|全面|着力|不断|坚持|聚焦)/;
/** Section titles of goals and tasks. */
export const TARGET_SECTION_PATTERN =
  /目标|指标|任务|工程|专栏|举措|措施|行动|重点|保障|要求|建设|推进|加强|提升|实施/;
/** A verb of selection before a threshold: 引导投入超过1000万元的企业. */
export const SELECTION_PATTERN = /引导|对|支持|鼓励|奖励|资助|补助|扶持|针对|凡|给予|面向/;
export const SELECTED_NOUN_PATTERN = /^的(?:企业|单位|项目|机构|高校|个人|人员|产品|专利|商标)/;
/** The population a benchmark ranks within: 全国, 全省, 西部地区, 同类城市, 副省级城市. */
const BENCHMARK_GROUP =
  "(?:全国|全省|全区|全市|全州|全盟|全县|全旗|国内|国际|省内|市内|区内|东北|同类城市|同类|副省级城市|[\\u4e00-\\u9fff]{0,4}(?:地区|省份|城市)|[\\u4e00-\\u9fff]{0,4}国家)";
/** A place in a ranking: 平均水平, 前列, 中上游, 第二方阵, 前三名, 第一. */
const BENCHMARK_RANK =
  "(?:平均水平|前列|领先地位|领先水平|先进水平|先进行列|一流行列|一流水平|中上水平|中上等水平|中等以上水平|中等偏上水平|中上游|上游|(?:第[一二三四五]|第一|领先|先进)方阵|前茅|首位|(?:前|第)(?:\\d{1,2}|[一二三四五六七八九十]{1,2})(?:名|位)?)";
/** Verbs of a benchmark, longest first (走在全省前列, 保持在全国前列). */
const BENCHMARK_VERB =
  "(?:达到并保持|不低于|不落后于|保持在|走在|走到|站在|处在|高于|优于|超过|处于|位居|位列|位于|居于|稳居|名列|跻身|迈入|跨入|进入|保持|达到|排名|排在|列|居)";
/**
 * Benchmarks of comparative targets: 高于全省平均水平, 位居全国中上游, 不低于全国平均水平, 进入全国第二方阵,
 * and a group's own level right after it (达到中等发达国家水平).
 */
export const COMPARATIVE_PATTERN = new RegExp(
  `(${BENCHMARK_VERB})(${BENCHMARK_GROUP}(?:[^,;。]{0,10}?${BENCHMARK_RANK}|水平))`,
);
/** The group written before the verb: 在全市考核中位居前三名, 在全省排名第一. */
export const GROUP_FIRST_COMPARATIVE_PATTERN = new RegExp(
  `(?:在|于)?(${BENCHMARK_GROUP})[^,;。]{0,8}?(${BENCHMARK_VERB})(${BENCHMARK_RANK})`,
);
/** A rank in a benchmark: 前三名 → 3, 第二 → 2. */
export const RANK_PATTERN = /(前|第)(\d{1,2}|[一二三四五六七八九十]{1,2})(?:名|位)?$/;
/** Words stripped from the start of an indicator phrase. */
export const LEADING_NOISE_PATTERN =
  /^(?:——|--|-|、|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|的|其中|包括|同时|并|和|及|以及|力争|争取|努力|确保|实现|使|推动|促进|全市|全省|全区|我市|我省|本市|今年|全年|每年|每年度|至少|不少于|不低于|到(?!达)|至(?!少)|在|于|(?:到|至)?(?:19|20)\d{2}年(?:底|末|前)?|“?十[一二三四五六]五”?(?:期末|末|期间|时期)?|,|\s)+/;
/** Words stripped from the end of an indicator phrase (the verb before the number). */
export const TRAILING_VERB_PATTERN =
  /(?:力争|争取|达到|达|超过|不少于|不低于|不高于|不超过|不得少于|至少|保持在|保持|控制在|为|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|发展到|发展至|扩大到|扩大至|上升到|上升至|下降到|下降至|降低到|降低至|减少到|减少至|压减至|压减到|缩短至|缩短到|缩小到|缩小至|增至|降至|降到|减至|压缩到|压缩至|突破|实现|累计|新增|年均|每年|稳定在|约|近|在|分别)+$/;
/** An indicator phrase that is only a verb: the noun follows the number (建成2~3个集聚区). */
export const VERB_ONLY_PATTERN =
  /^(?:建成|建设|培育|打造|修缮|修复|改造|整治|形成|设立|新增|实施|举办|开展|评选|支持|推动|引进|引入|认定|组建|发行|编写|扶持|增设|申报|培训|创建|争创|完成|制定|修订|推广|新建|布局|遴选|培养|建立|扶持推介|提升|招引|集聚|服务|覆盖|带动|帮扶|资助|办理|受理|查处|办结|选树|命名|挂牌|授牌|入选|获批)$/;
