// Builds seeds/extraction-report.md: for each seed, what extractPlan finds against the curated plan.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seedPlans } from "@guihua/dataset";
import type { Plan, Target } from "@guihua/schema";
import { extractPlan } from "../src/index.js";

const ROOT = join(import.meta.dirname, "../../..");
export const REPORT_PATH = join(ROOT, "seeds/extraction-report.md");

interface GoldFlags {
  optional: boolean;
  duplicate: boolean;
}

function goldFlags(basename: string): Map<string, GoldFlags> {
  const gold = JSON.parse(readFileSync(join(ROOT, "seeds/gold", `${basename}.json`), "utf8")) as {
    targets: { id: string; optional?: boolean; duplicate_of?: string | null }[];
  };
  return new Map(
    gold.targets.map((target) => [
      target.id,
      { optional: Boolean(target.optional), duplicate: Boolean(target.duplicate_of) },
    ]),
  );
}

function overlap(a: Target["source"], b: Target["source"]): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function valueOf(target: Target): string {
  if (target.kind === "qualitative") return "";
  const high = "valueHigh" in target && target.valueHigh !== undefined ? `~${target.valueHigh}` : "";
  return `${target.value ?? ""}${high}`;
}

function compared(target: Target): Record<string, string> {
  return {
    kind: target.kind,
    comparator: "comparator" in target ? target.comparator : "",
    targetYear: String(target.targetYear),
    value: valueOf(target),
    indicator: target.indicator.id ?? "",
    attribute: target.attribute,
    base:
      "base" in target && target.base
        ? `${target.base.year}${target.base.value ? `:${target.base.value}` : ""}`
        : "",
  };
}

function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 60);
}

/** Pairs each curated target with the extracted target whose span overlaps it most, one to one. */
function match(curated: readonly Target[], extracted: readonly Target[]): Map<Target, Target> {
  const pairs: { c: Target; e: Target; score: number }[] = [];
  for (const c of curated) {
    for (const e of extracted) {
      const shared = overlap(c.source, e.source);
      const near =
        shared > 0 || (Math.abs(c.source.start - e.source.start) <= 12 && valueOf(c) === valueOf(e));
      if (!near) continue;
      pairs.push({
        c,
        e,
        score: shared + (valueOf(c) === valueOf(e) ? 1000 : 0) + (c.kind === e.kind ? 100 : 0),
      });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const used = new Set<Target>();
  const result = new Map<Target, Target>();
  for (const { c, e } of pairs) {
    if (result.has(c) || used.has(e)) continue;
    result.set(c, e);
    used.add(e);
  }
  return result;
}

function section(plan: Plan, basename: string, text: string): string[] {
  const flags = goldFlags(basename);
  const { plan: extracted } = extractPlan(text, { document: basename });
  const pairs = match(plan.targets, extracted.targets);
  const matched = new Set(pairs.values());
  const scored = plan.targets.filter((target) => {
    const flag = flags.get(target.id);
    return !flag?.optional && !flag?.duplicate;
  });
  const missed = plan.targets.filter((target) => !pairs.has(target));
  const extra = extracted.targets.filter((target) => !matched.has(target));
  const differing: string[] = [];
  for (const [c, e] of pairs) {
    const want = compared(c);
    const got = compared(e);
    const fields = Object.keys(want).filter((key) => want[key] !== got[key]);
    if (fields.length > 0) {
      differing.push(
        `| ${c.id} | ${cell(c.source.quote)} | ${fields.map((key) => `${key}: ${want[key] || "—"} → ${got[key] || "—"}`).join("; ")} |`,
      );
    }
  }
  const scoredFound = scored.filter((target) => pairs.has(target)).length;
  const lines = [
    `## ${basename} — ${plan.title}`,
    "",
    `Curated: ${plan.targets.length} targets (${scored.length} scored). Extracted: ${extracted.targets.length}. ` +
      `Matched: ${pairs.size} (${scoredFound} of ${scored.length} scored). Missed: ${missed.length}. Extra: ${extra.length}. ` +
      `Matched with differing fields: ${differing.length}.`,
    "",
  ];
  if (missed.length > 0) {
    lines.push("### Missed", "", "| curated | kind | quote | scored |", "|---|---|---|---|");
    for (const target of missed) {
      const flag = flags.get(target.id);
      lines.push(
        `| ${target.id} | ${target.kind} | ${cell(target.source.quote)} | ${flag?.optional || flag?.duplicate ? "no" : "yes"} |`,
      );
    }
    lines.push("");
  }
  if (extra.length > 0) {
    lines.push("### Extra", "", "| offset | kind | value | quote |", "|---|---|---|---|");
    for (const target of extra)
      lines.push(
        `| ${target.source.start} | ${target.kind} | ${cell(valueOf(target))} | ${cell(target.source.quote)} |`,
      );
    lines.push("");
  }
  if (differing.length > 0) {
    lines.push(
      "### Differing fields (curated → extracted)",
      "",
      "| curated | quote | fields |",
      "|---|---|---|",
      ...differing,
      "",
    );
  }
  return lines;
}

/** The whole report as Markdown. */
export function buildExtractionReport(): string {
  const lines = [
    "# Extraction report",
    "",
    "Generated by `npm run extraction-report -w @guihua/loaders` from `extractPlan` (@guihua/loaders) run on",
    "`seeds/raw/*.txt`, compared with the curated plans in `seeds/plans/`. A curated target is matched by the extracted",
    "target whose span overlaps it most (or starts within 12 characters with the same value), one to one. A test fails",
    "when this file is stale, so the gap stays visible. Scored = neither optional nor a restatement in the gold.",
    "",
  ];
  for (const plan of seedPlans) {
    const basename = plan.id;
    const text = readFileSync(join(ROOT, "seeds/raw", `${basename}.txt`), "utf8");
    lines.push(...section(plan, basename, text));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
