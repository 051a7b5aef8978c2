import type { Evaluation, Finding, Observation, Plan } from "@guihua/schema";

/** One plan in the report: its evaluations, the observations they used, and the audit's findings. */
export interface ReportPlan {
  plan: Plan;
  evaluations: readonly Evaluation[];
  /** Observations of the plan's region (facts and published data); matched to targets by indicator. */
  observations: readonly Observation[];
  findings?: readonly Finding[];
}

/** Everything the HTML report shows. */
export interface ReportModel {
  /** The date every target was evaluated at, YYYY-MM-DD. */
  asOf: string;
  /** Name and parameters of the evaluation method, shown in the header. */
  method?: string;
  /** guihua's version, shown in the footer. */
  version?: string;
  plans: readonly ReportPlan[];
  /** English indicator names by catalogue id. */
  englishNames?: Readonly<Record<string, string>>;
}
