import type { Evaluation, EvaluationIssue, Target } from "@guihua/schema";
import type { Assessment, Details } from "./assess.js";
import { explain } from "./explain.js";
import type { ResolvedMethod } from "./methods/presets.js";
import type { Problem } from "./problem.js";

/** A problem and its assessment. */
export interface Judged<N> {
  problem: Problem<N>;
  assessment: Assessment;
}

interface LazyState<N> {
  target: Target;
  method: ResolvedMethod;
  judge: () => Judged<N>;
  judged?: Judged<N>;
  details?: Details;
  explanation?: Evaluation["explanation"];
}

/**
 * An evaluation whose verdict is computed at once and whose figures, schedule, outlook and explanation are
 * written on first read, then kept: a scorecard of 100,000 targets counted by status need not write 1.5
 * million decimal strings. `toJSON` writes every field; {@link materialize} returns a plain object.
 */
class LazyEvaluation<N> implements Evaluation {
  targetId: string;
  asOf: string;
  status: Evaluation["status"];
  method: Evaluation["method"];
  precision: Evaluation["precision"];
  issues?: EvaluationIssue[];
  readonly #state: LazyState<N>;

  constructor(asOf: string, assessment: Assessment, state: LazyState<N>) {
    this.targetId = state.target.id;
    this.asOf = asOf;
    this.status = assessment.status;
    this.method = state.method.ref;
    this.precision = assessment.precision;
    if (assessment.issues.length > 0) this.issues = assessment.issues;
    this.#state = state;
  }

  #judged(): Judged<N> {
    return (this.#state.judged ??= this.#state.judge());
  }

  #details(): Details {
    return (this.#state.details ??= this.#judged().assessment.details());
  }
  get figures(): Evaluation["figures"] {
    return this.#details().figures;
  }
  set figures(value: Evaluation["figures"]) {
    this.#details().figures = value;
  }
  get schedule(): Evaluation["schedule"] {
    return this.#details().schedule;
  }
  set schedule(value: Evaluation["schedule"]) {
    this.#details().schedule = value;
  }
  get outlook(): Evaluation["outlook"] {
    return this.#details().outlook;
  }
  set outlook(value: Evaluation["outlook"]) {
    this.#details().outlook = value;
  }
  get explanation(): Evaluation["explanation"] {
    const state = this.#state;
    if (state.explanation === undefined) {
      const { problem, assessment } = this.#judged();
      state.explanation = explain(state.target, problem, assessment, this.#details().facts, state.method);
    }
    return state.explanation;
  }
  set explanation(value: Evaluation["explanation"]) {
    this.#state.explanation = value;
  }
  toJSON(): Evaluation {
    return materialize(this);
  }
}

/** Every field of an evaluation as a plain object (lazy fields written out). */
export function materialize(evaluation: Evaluation): Evaluation {
  const plain: Evaluation = {
    targetId: evaluation.targetId,
    asOf: evaluation.asOf,
    status: evaluation.status,
    method: evaluation.method,
    figures: evaluation.figures,
    explanation: evaluation.explanation,
  };
  if (evaluation.precision !== undefined) plain.precision = evaluation.precision;
  if (evaluation.schedule !== undefined) plain.schedule = evaluation.schedule;
  if (evaluation.outlook !== undefined) plain.outlook = evaluation.outlook;
  if (evaluation.issues !== undefined) plain.issues = evaluation.issues;
  return plain;
}

export function lazyEvaluation<N>(
  target: Target,
  asOf: string,
  method: ResolvedMethod,
  assessment: Assessment,
  judge: () => Judged<N>,
): Evaluation {
  return new LazyEvaluation(asOf, assessment, { target, method, judge });
}
