import { FACT_SECTION_PATTERN, TASK_TITLE_PATTERN } from "./vocabulary.js";

/** Titles longer than this are sentences run into a heading, not section names. */
const MAX_SECTION_TITLE = 14;
/** A heading about a past year: 一、2023年主要工作 (but not 2021—2025年发展目标). */
const YEAR_IN_TITLE_PATTERN = /((?:19|20)\d{2})年/;
const FORWARD_TITLE_PATTERN = /目标|任务|规划|计划|安排|[-—~至到]/;
const GOAL_TITLE_PATTERN = /目标/;
const GOAL_OR_INDICATOR_TITLE_PATTERN = /目标|指标/;

export interface SectionKind {
  /** Background, achievements or a past year's review: its numbers are facts. */
  fact: boolean;
  /** A section of goals: 发展目标, 主要目标, 具体目标. */
  goal: boolean;
}

/** Paragraphs under the same headings share one path array, so each path is read once. */
const known = new WeakMap<readonly string[], { floor: number; kind: SectionKind }>();

/**
 * What the headings above a paragraph make of it: a background section (发展基础, 一、发展现状,
 * “十三五”时期取得的成就, 一、2023年工作回顾) whose numbers are facts, and whether it states goals.
 * A task heading with a background word inside it (建设基础设施, 夯实产业基础) is not background.
 *
 * @example
 * sectionKind(["发展基础", "主要成就"], 2021); // { fact: true, goal: false }
 */
export function sectionKind(path: readonly string[], floor: number): SectionKind {
  const cached = known.get(path);
  if (cached !== undefined && cached.floor === floor) return cached.kind;
  const background =
    path.some(
      (title) =>
        title.length <= MAX_SECTION_TITLE &&
        FACT_SECTION_PATTERN.test(title) &&
        !TASK_TITLE_PATTERN.test(title),
    ) && !path.some((title) => GOAL_OR_INDICATOR_TITLE_PATTERN.test(title));
  const pastYear = path.some((title) => {
    const year = YEAR_IN_TITLE_PATTERN.exec(title);
    return year !== null && Number(year[1]) < floor && !FORWARD_TITLE_PATTERN.test(title);
  });
  const kind = {
    fact: background || pastYear,
    goal: path.some((title) => title.length <= MAX_SECTION_TITLE && GOAL_TITLE_PATTERN.test(title)),
  };
  known.set(path, { floor, kind });
  return kind;
}
