/**
 * Builds the curated seed plans from the gold annotation (seeds/gold, a copy of the shared annotation), mapped onto
 * the @guihua/schema types, with the hand corrections of CORRECTIONS applied, and validates each plan
 * against its raw text. `buildSeedPlans()` returns them (a test compares them with seeds/plans/*.json);
 * write-seed-plans.ts writes them. Run: `npm run seeds -w @guihua/dataset`.
 *
 * The gold annotation is the source of every number and span; this script only maps field names,
 * adds what the schema asks for (direction, attribute, catalogue ids, ambiguity codes, restatement
 * links) and records the curator's reading where the mapping needs one.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  parsePlan,
  type GrowthClaim,
  type Observation,
  type Plan,
  type Region,
  type SourceSpan,
  type Target,
} from "@guihua/schema";
import { findIndicator } from "../src/find-indicator.js";
import { findRegion } from "../src/find-region.js";
import { CORRECTIONS } from "./seed-corrections.js";
import { PLAN_META, type PlanMeta } from "./seed-plan-meta.js";

const goldDirectory = fileURLToPath(new URL("../../../seeds/gold/", import.meta.url));
const rawDirectory = fileURLToPath(new URL("../../../seeds/raw/", import.meta.url));
/** Where the curated plans are written, one `<id>.json` each. */
export const planDirectory = fileURLToPath(new URL("../../../seeds/plans/", import.meta.url));

/* eslint-disable @typescript-eslint/no-explicit-any -- the gold format is read as loose JSON */
interface GoldItem {
  id: string;
  quote: string;
  offset: number;
  [key: string]: any;
}
interface Gold {
  document: Record<string, any>;
  targets: GoldItem[];
  facts: GoldItem[];
}

// ---------------------------------------------------------------------------------------------------
// Tables: gold names → schema names
// ---------------------------------------------------------------------------------------------------

const KINDS: Record<string, Target["kind"]> = {
  level: "level",
  range: "range",
  cagr: "growth-rate",
  total_growth: "total-growth",
  multiple: "multiple",
  increment: "increment",
  cumulative: "cumulative",
  per_year: "per-year",
  share: "share",
  comparative: "comparative",
};

const YEAR_BASES: Record<string, Target["targetYearBasis"]> = {
  explicit: "explicit",
  context: "context",
  period_term: "period-term",
  plan_period: "plan-period",
  document_date: "document-year",
};

const ATTRIBUTES: Record<string, Target["attribute"]> = { 预期性: "expected", 约束性: "binding" };

const HEDGES = /力争|力爭|争取|爭取|探索|鼓励|鼓勵/;

// ---------------------------------------------------------------------------------------------------
// Mapping
// ---------------------------------------------------------------------------------------------------

function decimal(value: number): string {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`cannot write ${value} as a plain decimal`);
  return text;
}

function span(document: string, item: { quote: string; offset: number }): SourceSpan {
  return { document, start: item.offset, end: item.offset + item.quote.length, quote: item.quote };
}

/** The power of ten a written unit carries (亿元 → 8, 万人 → 4); values themselves are always in the base unit. */
function multiplierOf(unitAsWritten: string | null): number {
  if (!unitAsWritten) return 0;
  if (/^[亿億]/.test(unitAsWritten)) return 8;
  if (/^[万萬]/.test(unitAsWritten)) return 4;
  return 0;
}

/** The clause a target sits in: from the last comma, 。, ; or line break before it to the end of its quote. */
function clauseOf(text: string, item: GoldItem): string {
  let start = item.offset;
  while (start > 0 && !/[,,。;；\n]/.test(text[start - 1]!)) start--;
  return text.slice(start, item.offset + item.quote.length);
}

function indicatorRef(name: string): { id?: string; name: string } {
  const indicator = findIndicator(name);
  return indicator ? { id: indicator.id, name } : { name };
}

function benchmarkRegion(description: string, plan: PlanMeta): string | undefined {
  if (/全省|省内|省內/.test(description)) {
    const region = findRegion(plan.region);
    return region?.level === "province" ? region.name : region?.parent;
  }
  if (/全区/.test(description)) return "内蒙古自治区";
  if (/全国|全國|国内/.test(description)) return "中华人民共和国";
  return undefined;
}

function mapTarget(item: GoldItem, document: string, text: string, plan: PlanMeta): Target {
  const correction = CORRECTIONS[item.id] ?? {};
  const kind = KINDS[item.kind];
  if (!kind) throw new Error(`${item.id}: unknown kind ${item.kind}`);
  const indicator = indicatorRef(item.indicator);
  const catalogue = findIndicator(item.indicator);
  const hedge = correction.hedge ?? HEDGES.exec(clauseOf(text, item))?.[0];
  const ambiguities = [...(correction.ambiguities ?? [])];
  const notes = [item.notes, item.optional ? "Optional in the gold annotation (borderline item)." : undefined]
    .filter(Boolean)
    .join(" ");
  const common = {
    id: item.id,
    indicator,
    targetYear: item.target_year,
    targetYearBasis: YEAR_BASES[item.target_year_basis]!,
    direction: catalogue?.direction ?? "increase",
    attribute: ATTRIBUTES[item.attribute] ?? "unspecified",
    ...(hedge ? { hedge } : {}),
    ...(correction.scope ? { scope: correction.scope } : {}),
    source: span(document, item),
    ...(ambiguities.length > 0 ? { ambiguities } : {}),
    ...((correction.restates ?? item.duplicate_of)
      ? { restates: correction.restates ?? item.duplicate_of }
      : {}),
    ...(item.table ? { table: item.table } : {}),
    ...(item.prior_plan ? { priorPlan: true } : {}),
    ...(notes ? { notes } : {}),
  };
  if (!common.targetYearBasis) throw new Error(`${item.id}: unknown basis ${item.target_year_basis}`);

  if (kind === "comparative") {
    const description = item.benchmark as string;
    const region = correction.benchmark?.region ?? benchmarkRegion(description, plan);
    return {
      kind,
      ...common,
      comparator: item.comparator,
      benchmark: {
        description,
        ...(region ? { region } : {}),
        ...(correction.benchmark?.group ? { group: correction.benchmark.group } : {}),
      },
    };
  }
  const valueAsWritten = correction.valueAsWritten ?? item.value_as_written;
  if (!valueAsWritten) throw new Error(`${item.id}: no value as written`);
  const numeric = {
    comparator: item.comparator,
    valueAsWritten,
    unitAsWritten: item.unit_as_written ?? "",
    unit: { base: item.unit_scaled as string, multiplier: multiplierOf(item.unit_as_written) },
    value: decimal(item.value),
    ...(item.value_high != null ? { valueHigh: decimal(item.value_high) } : {}),
    ...(item.base_year
      ? {
          base: {
            year: item.base_year,
            ...(item.base_value != null
              ? {
                  value: decimal(item.base_value),
                  unit: { base: item.base_unit_scaled ?? item.unit_scaled, multiplier: 0 },
                }
              : {}),
          },
        }
      : {}),
  };
  switch (kind) {
    case "per-year": {
      // A yearly requirement of a plan runs over the plan's years unless the text gives its own span.
      const start = plan.period.start;
      const stated =
        correction.period?.start !== undefined
          ? { start: correction.period.start, end: correction.period.end }
          : undefined;
      const period =
        stated ??
        (start !== undefined && start <= item.target_year
          ? { start, end: item.target_year as number }
          : undefined);
      return {
        kind,
        ...common,
        ...numeric,
        aggregate: /年均/.test(item.quote) ? "mean" : "each",
        ...(period ? { period } : {}),
      };
    }
    case "cumulative":
      return { kind, ...common, ...numeric, ...(correction.period ? { period: correction.period } : {}) };
    case "share":
      return {
        kind,
        ...common,
        ...numeric,
        ...(correction.denominator ? { denominator: correction.denominator } : {}),
      };
    default:
      return { kind, ...common, ...numeric } as Target;
  }
}

const GROWTH_FORMS: Record<string, GrowthClaim["form"]> = {
  percent_increase: "percent",
  increase_times: "times",
  ratio: "multiple",
};

function vintageNote(item: GoldItem): string | undefined {
  const parts: string[] = [];
  if (item.year_basis === "section")
    parts.push(`Year ${item.year} inferred from the section the value is stated in.`);
  if (item.year_basis === "context") parts.push("Year from an earlier clause.");
  if (item.year_basis === "period_term") parts.push("Year from a period term (“十二五”末 / “十三五”).");
  if (item.year_basis === "document_date") parts.push(`“目前”: the document's year, ${item.year}.`);
  if (item.cumulative && item.period_start == null)
    parts.push("A running total (累计) from an unstated start.");
  if (item.table) parts.push(`Table cell: ${item.table.name}, ${item.table.row}, ${item.table.column}.`);
  if (item.duplicate_of) parts.push(`Restates ${item.duplicate_of}.`);
  if (item.optional) parts.push("Optional in the gold annotation.");
  if (item.notes) parts.push(item.notes);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

function mapFact(item: GoldItem, document: string, plan: PlanMeta): Observation {
  const rank = item.kind === "rank";
  const annualRate = item.kind === "growth_claim";
  return {
    id: item.id,
    indicator: annualRate ? { name: `${item.indicator}年均增速` } : indicatorRef(item.indicator),
    region: plan.region,
    period: { year: item.year },
    value: decimal(item.value),
    valueAsWritten: CORRECTIONS[item.id]?.valueAsWritten ?? item.value_as_written ?? String(item.value),
    unit: {
      asWritten: item.unit_as_written ?? "",
      base: rank ? "rank" : item.unit_scaled,
      multiplier: rank ? 0 : multiplierOf(item.unit_as_written),
    },
    ...(item.comparator && item.comparator !== "=" ? { comparator: item.comparator } : {}),
    ...(item.cumulative ? { cumulative: true } : {}),
    ...(item.cumulative && item.period_start != null ? { cumulativeFrom: item.period_start } : {}),
    status: "final",
    vintage: {
      source: `${plan.title} (${document})`,
      ...(plan.issued ? { publishedOn: plan.issued } : {}),
      ...(vintageNote(item) ? { note: vintageNote(item) } : {}),
    },
    source: span(document, item),
  };
}

function mapClaim(item: GoldItem, document: string, plan: PlanMeta): GrowthClaim {
  return {
    id: item.id,
    indicator: indicatorRef(item.indicator),
    region: plan.region,
    fromYear: item.base_year,
    toYear: item.year,
    form: GROWTH_FORMS[item.growth_form]!,
    value: decimal(item.value),
    valueAsWritten: item.value_as_written,
    source: span(document, item),
  };
}

function buildPlan(gold: Gold, text: string): Plan {
  const document = gold.document.basename as string;
  const meta = PLAN_META[document];
  if (!meta) throw new Error(`no metadata for ${document}`);
  const region: Region | undefined = findRegion(meta.region);
  if (!region) throw new Error(`unknown region ${meta.region}`);

  const targets = gold.targets.map((item) => mapTarget(item, document, text, meta));
  for (const target of targets) {
    // A table target's base is the same row's cell in the base-year column: point at that cell.
    if (!target.table || !("base" in target) || !target.base) continue;
    const cell = gold.facts.find(
      (fact) =>
        fact.table?.name === target.table?.name &&
        fact.table?.row === target.table?.row &&
        fact.year === target.base?.year,
    );
    if (!cell) continue;
    target.base.source = span(document, cell);
    // The cell says how the base was written (30.96亿元): keep its scale, as for a target's own unit.
    if (target.base.unit)
      target.base.unit = { ...target.base.unit, multiplier: multiplierOf(cell.unit_as_written) };
  }
  const byId = new Map(targets.map((target) => [target.id, target]));
  for (const target of targets) {
    if (!target.restates) continue;
    const original = byId.get(target.restates);
    if (!original) throw new Error(`${target.id} restates unknown ${target.restates}`);
    original.restatedBy = [...(original.restatedBy ?? []), target.id];
  }

  const facts: Observation[] = [];
  const claims: GrowthClaim[] = [];
  for (const item of gold.facts) {
    if (item.kind === "comparative") continue; // no number: kept in the gold annotation only
    if (item.kind === "growth_claim" && GROWTH_FORMS[item.growth_form])
      claims.push(mapClaim(item, document, meta));
    else facts.push(mapFact(item, document, meta));
  }

  const basedOn = meta.basedOn.map((title) => {
    const start = text.indexOf(title);
    if (start < 0) throw new Error(`${document}: “${title}” is not in the text`);
    return { title, source: { document, start, end: start + title.length, quote: title } };
  });

  return {
    schemaVersion: "1.0",
    id: document,
    title: meta.title,
    titleSource: meta.titleSource,
    documentType: meta.documentType,
    issuer: meta.issuer,
    region: { ...region },
    ...(meta.issued ? { issued: meta.issued } : {}),
    ...(meta.documentNumber ? { documentNumber: meta.documentNumber } : {}),
    period: meta.period,
    script: meta.script,
    basedOn,
    targets,
    facts,
    ...(claims.length > 0 ? { claims } : {}),
    sourceSha256: createHash("sha256")
      .update(readFileSync(`${rawDirectory}${document}.txt`))
      .digest("hex"),
  };
}

/** The curated plans, validated against their raw texts, in file order. */
export function buildSeedPlans(): Plan[] {
  return readdirSync(goldDirectory)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(goldDirectory + name, "utf8")) as Gold;
      const text = readFileSync(`${rawDirectory}${gold.document.basename}.txt`, "utf8");
      return parsePlan(buildPlan(gold, text), { text });
    });
}

/** A plan as written to seeds/plans/<id>.json. */
export function renderPlanFile(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
