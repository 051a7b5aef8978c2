/** Where a problem stands at its latest observation: the paces the methods, schedule and explanation share. */
export interface Current<N> {
  latest: N;
  latestTime: number;
  actualRate: N | undefined;
  requiredRate: N | undefined;
  actualSlope: N | undefined;
  requiredSlope: N | undefined;
  compound: boolean;
  progress: N | undefined;
  movedBy: N;
}
