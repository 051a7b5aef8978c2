import type { Observation, Plan, Target } from "@guihua/schema";

type Kind = Target["kind"];
type Of<K extends Kind> = Extract<Target, { kind: K }>;

const SPAN = { document: "test", start: 0, end: 0, quote: "" };

/** A target of one kind with test defaults: increasing, unspecified attribute, 件, base 2020, target 2025. */
export function target<K extends Kind>(
  kind: K,
  fields: Partial<Of<K>> & Record<string, unknown> = {},
): Of<K> {
  const common = {
    kind,
    id: `${kind}-1`,
    indicator: { name: "有效注册商标总量" },
    targetYear: 2025,
    targetYearBasis: "explicit",
    direction: "increase",
    attribute: "unspecified",
    source: SPAN,
  };
  const numeric =
    kind === "qualitative"
      ? { text: "知识产权制度体系完备" }
      : kind === "comparative"
        ? { comparator: ">", benchmark: { description: "全省平均水平", region: "辽宁省" } }
        : {
            comparator: ">=",
            value: "100",
            valueAsWritten: String(fields.value ?? "100"),
            unitAsWritten: "件",
            unit: { base: "件", multiplier: 0 },
          };
  return { ...common, ...numeric, ...fields } as unknown as Of<K>;
}

/** An observation of the default indicator in 沈阳市, in 件. */
export function observation(
  period: number | string,
  value: string,
  fields: Partial<Observation> = {},
): Observation {
  return {
    indicator: { name: "有效注册商标总量" },
    region: "沈阳市",
    period: typeof period === "number" ? { year: period } : { date: period },
    value,
    unit: { asWritten: "件", base: "件", multiplier: 0 },
    status: "final",
    vintage: { source: "test" },
    ...fields,
  };
}

/** A yearly series starting at `from`. */
export function series(
  from: number,
  values: readonly string[],
  fields: Partial<Observation> = {},
): Observation[] {
  return values.map((value, index) => observation(from + index, value, fields));
}

/** A plan of 沈阳市 for 2021–2025 holding `targets`, with test defaults for everything else. */
export function plan(targets: Plan["targets"], extra: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: "1.0",
    id: "test-plan",
    title: "测试规划",
    region: { name: "沈阳市", level: "prefecture" },
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: [],
    targets,
    facts: [],
    ...extra,
  };
}

/** Observation fields for a series in 吨. */
export const tonnes = { unit: { asWritten: "吨", base: "吨", multiplier: 0 } } as const;
