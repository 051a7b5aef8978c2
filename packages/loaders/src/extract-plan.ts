import { safeParsePlan, SCHEMA_VERSION, type Observation, type Plan, type Target } from "@guihua/schema";
import { clean } from "./clean.js";
import { extractMetadata } from "./extract-metadata.js";
import { extractTableTargets } from "./extract-table-targets.js";
import { extractTargets } from "./extract-targets.js";
import { issueMaker, type LoaderIssue } from "./issue.js";
import { linkRestatements } from "./link-restatements.js";
import { normalise } from "./normalise.js";
import { readTables } from "./read-tables.js";
import { resolveIndicatorId } from "./resolve-indicator.js";
import { segment } from "./segment.js";

/** Share of CJK characters that must be traditional for a text to count as traditional. */
const TRADITIONAL_RATIO = 0.03;
const YEAR_MARKER_PATTERN = /(?:到|至)((?:19|20)\d{2})年/g;

export interface ExtractPlanOptions {
  /** Written into every span's `document` and the plan id. */
  document?: string;
  /** The plan id; defaults to `document`. */
  id?: string;
  /** Also keep goals stated without a number (知识产权制度体系完备) as qualitative targets. Off by default. */
  qualitative?: boolean;
}

export interface ExtractPlanResult {
  plan: Plan;
  issues: LoaderIssue[];
}

function slug(value: string): string {
  const result = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return result || "plan";
}

function emptyPlan(document: string, id: string): Plan {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: document,
    titleSource: "inferred",
    region: { name: "未知", level: "other" },
    period: {},
    script: "simplified",
    basedOn: [],
    targets: [],
    facts: [],
    claims: [],
  };
}

/**
 * Turns the text of a Chinese plan or work report into a typed plan: metadata, targets of every kind,
 * stated past values and growth claims, each with a span into the original text. Never throws:
 * problems come back as issues with line, column and excerpt.
 *
 * @example
 * const { plan, issues } = extractPlan(text, { document: "liaoning-2021" });
 * plan.targets[0]; // { kind: "growth-rate", value: "6", targetYear: 2025, … }
 */
export function extractPlan(text: string, options: ExtractPlanOptions = {}): ExtractPlanResult {
  const document = options.document ?? "text";
  const id = options.id ?? slug(document);
  try {
    return run(typeof text === "string" ? text : String(text), document, id, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const makeIssue = issueMaker(typeof text === "string" ? text : "");
    return {
      plan: emptyPlan(document, id),
      issues: [makeIssue("target-invalid", `extraction failed: ${message}`, 0, 0)],
    };
  }
}

function run(original: string, document: string, id: string, options: ExtractPlanOptions): ExtractPlanResult {
  const normalised = normalise(original);
  const { text } = normalised;
  const cleaned = clean(text);
  const issues = [...cleaned.issues];
  const makeIssue = issueMaker(text);
  const paragraphs = segment(text, cleaned.excluded);
  const metadata = extractMetadata(text, original, paragraphs);
  const issuedYear =
    metadata.issued !== undefined
      ? Number(metadata.issued.slice(0, 4))
      : metadata.documentType === "work-report"
        ? metadata.period.start
        : undefined;
  const period = { ...metadata.period };
  if (period.end === undefined) {
    // No stated period: the latest 到20XX年 that is not before the issue year.
    let latest: number | undefined;
    for (const match of text.matchAll(YEAR_MARKER_PATTERN)) {
      const year = Number(match[1]);
      if ((issuedYear === undefined || year >= issuedYear) && (latest === undefined || year > latest))
        latest = year;
    }
    if (latest !== undefined) period.end = latest;
    if (issuedYear !== undefined && period.start === undefined && latest !== undefined)
      period.start = issuedYear;
    issues.push(makeIssue("no-period", "no plan period stated; inferred from the latest target year", 0, 0));
  }
  const region = metadata.region ?? { name: "未知", level: "other" as const };
  const extracted = extractTargets({
    text,
    original,
    document,
    paragraphs,
    period,
    ...(issuedYear === undefined ? {} : { issuedYear }),
    workReport: metadata.documentType === "work-report",
    qualitative: options.qualitative === true,
    region: region.name,
  });
  const tableTargets: Target[] = [];
  const tableFacts: Observation[] = [];
  readTables(text, paragraphs).forEach((table, index) => {
    const result = extractTableTargets(table, {
      document,
      original,
      region: region.name,
      ...(period.start === undefined ? {} : { planStart: period.start }),
      ...(period.end === undefined ? {} : { planEnd: period.end }),
      idPrefix: `table${index + 1}-`,
    });
    tableTargets.push(...result.targets);
    tableFacts.push(...result.facts);
  });
  const ordered = [...extracted.targets, ...tableTargets].sort((a, b) => a.source.start - b.source.start);
  // Ids follow the order in the text; references between targets are rewritten to match.
  const newIds = new Map(ordered.map((target, index) => [target.id, `t${index + 1}`]));
  const rename = (id: string) => newIds.get(id) ?? id;
  const targets = linkRestatements(
    ordered.map((target) => {
      const indicatorId = resolveIndicatorId(target.indicator.name);
      const indicator =
        indicatorId === undefined ? target.indicator : { ...target.indicator, id: indicatorId };
      const ambiguities = target.ambiguities?.map((ambiguity) =>
        ambiguity.relatedTargets
          ? { ...ambiguity, relatedTargets: ambiguity.relatedTargets.map(rename) }
          : ambiguity,
      );
      return {
        ...target,
        id: rename(target.id),
        indicator,
        ...(ambiguities ? { ambiguities } : {}),
        ...(target.partOf ? { partOf: rename(target.partOf) } : {}),
      };
    }),
  );
  if (metadata.title === undefined)
    issues.push(makeIssue("no-title", "no title found; one is inferred", 0, 0));
  const script =
    normalised.traditionalCount === 0
      ? "simplified"
      : normalised.traditionalCount / Math.max(1, normalised.cjkCount) >= TRADITIONAL_RATIO
        ? "traditional"
        : "mixed";
  const plan: Plan = {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: metadata.title ?? `${region.name === "未知" ? "" : region.name}规划`,
    titleSource: metadata.title === undefined ? "inferred" : "text",
    ...(metadata.documentType ? { documentType: metadata.documentType } : {}),
    ...(metadata.issuer ? { issuer: metadata.issuer } : {}),
    region,
    ...(metadata.issued ? { issued: metadata.issued } : {}),
    ...(metadata.documentNumber ? { documentNumber: metadata.documentNumber } : {}),
    period: {
      ...(period.start === undefined ? {} : { start: period.start }),
      ...(period.end === undefined ? {} : { end: period.end }),
    },
    script,
    basedOn: metadata.basedOn.map((parent) => ({
      ...parent,
      ...(parent.source ? { source: { ...parent.source, document } } : {}),
    })),
    targets,
    facts: [...extracted.facts, ...tableFacts].map((fact, index) => ({ ...fact, id: `f${index + 1}` })),
    claims: extracted.claims,
  };
  const checked = validated(plan, original, issues, makeIssue);
  // Issues were located on the normalised text; offsets are shared, so excerpts come from the original.
  const locate = issueMaker(original);
  return {
    plan: checked,
    issues: issues.map((issue) => ({
      ...issue,
      excerpt: locate(issue.code, issue.message, issue.start, issue.end).excerpt,
    })),
  };
}

/** Drops any target or fact the schema rejects (and says so), so the plan is always valid. */
function validated(
  plan: Plan,
  original: string,
  issues: LoaderIssue[],
  makeIssue: ReturnType<typeof issueMaker>,
): Plan {
  const result = safeParsePlan(plan, { text: original });
  if (result.success) return result.data;
  const badTargets = new Set<number>();
  const badFacts = new Set<number>();
  let other = false;
  for (const issue of result.issues) {
    const [collection, index] = issue.path;
    if (collection === "targets" && typeof index === "number") badTargets.add(index);
    else if (collection === "facts" && typeof index === "number") badFacts.add(index);
    else other = true;
    const where =
      collection === "targets" && typeof index === "number" ? plan.targets[index]?.source : undefined;
    issues.push(
      makeIssue(
        "target-invalid",
        `${issue.code} at ${issue.path.join(".")}: ${issue.message}`,
        where?.start ?? 0,
        where?.end ?? 0,
      ),
    );
  }
  const repaired: Plan = {
    ...plan,
    targets: plan.targets.filter((_, index) => !badTargets.has(index)),
    facts: plan.facts.filter((_, index) => !badFacts.has(index)),
    ...(other ? { claims: [], basedOn: [] } : {}),
  };
  const second = safeParsePlan(repaired, { text: original });
  return second.success ? second.data : emptyPlan(plan.id, plan.id);
}
