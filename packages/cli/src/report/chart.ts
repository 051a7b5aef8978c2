import type * as vegaLite from "vega-lite";
import type { ChartData } from "./chart-data.js";

const SERIES = {
  required: "要求路径 required path",
  target: "目标 target",
  observed: "实际值 observed",
  projection: "预测 projection",
} as const;

const COLOURS = ["#8c959f", "#cf222e", "#0969da", "#8250df"];

interface Row {
  year: number;
  value: number;
  series: string;
  low?: number;
  high?: number;
}

/** The vega-lite specification of one target's chart. */
export function chartSpec(data: ChartData, title: string): vegaLite.TopLevelSpec {
  const rows: Row[] = [
    ...data.required.map((point) => ({ ...point, series: SERIES.required })),
    ...data.observed.map((point) => ({ ...point, series: SERIES.observed })),
    ...data.projection.map((point) => ({ ...point, series: SERIES.projection })),
  ];
  const targetRows: Row[] = data.target ? [{ ...data.target, series: SERIES.target }] : [];
  // The interval as a cone widening from the latest observation to the target year, or a bar at that year.
  const start = data.projection[0];
  const interval = data.interval;
  const end: Row | undefined = interval
    ? {
        year: interval.year,
        value: interval.low,
        low: interval.low,
        high: interval.high,
        series: SERIES.projection,
      }
    : undefined;
  const intervalRows: Row[] =
    end && start && start.year < end.year
      ? [
          {
            year: start.year,
            value: start.value,
            low: start.value,
            high: start.value,
            series: SERIES.projection,
          },
          end,
        ]
      : end
        ? [end]
        : [];
  const x = {
    field: "year",
    type: "quantitative",
    title: null,
    axis: { format: "d", tickMinStep: 1 },
    scale: { zero: false },
  } as const;
  const y = {
    field: "value",
    type: "quantitative",
    title: null,
    scale: { zero: false },
  } as const;
  const colour = {
    field: "series",
    type: "nominal",
    title: null,
    scale: { domain: Object.values(SERIES), range: COLOURS },
    legend: { orient: "bottom", direction: "horizontal", labelLimit: 200, symbolOpacity: 1 },
  } as const;
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: data.unit ? `${title}（${data.unit}）` : title,
      fontSize: 12,
      anchor: "start",
      limit: 420,
    },
    width: 420,
    height: 180,
    background: "white",
    layer: [
      {
        data: { values: rows.filter((row) => row.series === SERIES.required) },
        mark: { type: "line", strokeDash: [4, 3] },
        encoding: { x, y, color: colour },
      },
      {
        data: { values: rows.filter((row) => row.series === SERIES.projection) },
        mark: { type: "line", strokeDash: [2, 2] },
        encoding: { x, y, color: colour },
      },
      ...(intervalRows.length > 0
        ? [
            {
              data: { values: intervalRows },
              mark:
                intervalRows.length > 1
                  ? { type: "area", opacity: 0.18 }
                  : { type: "rule", strokeWidth: 6, opacity: 0.35 },
              encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" }, color: colour },
            } as const,
          ]
        : []),
      {
        data: { values: rows.filter((row) => row.series === SERIES.observed) },
        mark: { type: "line", point: { filled: true, size: 40 } },
        encoding: { x, y, color: colour },
      },
      ...(targetRows.length > 0
        ? [
            {
              data: { values: targetRows },
              mark: { type: "point", shape: "diamond", filled: true, size: 90 },
              encoding: { x, y, color: colour },
            } as const,
          ]
        : []),
    ],
  };
  // An empty layer would still pull zero into the scales' domains.
  spec.layer = spec.layer.filter((layer) => layer.data.values.length > 0);
  return spec as vegaLite.TopLevelSpec;
}

/**
 * Renders one target's chart to SVG in Node, without a browser (vega's headless renderer).
 * Text in the SVG (titles, units, labels) is escaped by vega's SVG writer.
 */
export async function renderChart(data: ChartData, title: string): Promise<string> {
  // Loaded here, not at the top: vega is ESM-only with top-level await, so even the CommonJS build
  // must reach it through import().
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vegaLite.compile(chartSpec(data, title)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
