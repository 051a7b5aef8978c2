import type { PerYearTarget } from "@guihua/schema";
import type { Verdict } from "./assess.js";
import type { Problem } from "./problem.js";

/**
 * "Every year at least N": a missed year fails the target. Before the period ends that is off-track (never
 * not-achieved); at its end every year must be observed and met.
 */
export function perYearEach<N>(target: PerYearTarget, problem: Problem<N>, assessment: Verdict): void {
  const years = Number(problem.figures.yearsInPeriod);
  const observed = Number(problem.figures.yearsObserved);
  const met = Number(problem.figures.yearsMet);
  const missed = observed - met;
  const ended = assessment.atTargetYear;
  if (observed === 0) {
    assessment.status = "insufficient-data";
    return;
  }
  if (ended) {
    if (missed > 0) assessment.status = "not-achieved";
    else if (observed < years) {
      assessment.status = "insufficient-data";
      assessment.issues.push({
        code: "missing-flow-years",
        message: `${years - observed} year(s) of the period not observed`,
      });
    } else assessment.status = "achieved";
    return;
  }
  if (missed > 0) assessment.status = "off-track";
  else if (assessment.status === "achieved" || assessment.status === "insufficient-data")
    assessment.status = "on-track";
  assessment.issues.push({
    code: "per-year-count",
    message: `${met} of ${observed} observed year(s) met ${target.value} (${years} in the period)`,
  });
}
