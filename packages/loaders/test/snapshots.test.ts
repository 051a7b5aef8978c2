import type { Target } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractPlan } from "../src/index.js";
import { loadSeeds } from "./gold.js";

const MAX_EXCERPT = 60;

function escape(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\s+/g, " ");
}

function valueOf(target: Target): string {
  if (target.kind === "qualitative") return "";
  if (target.kind === "comparative") return `${target.comparator} ${target.benchmark.description}`;
  const high = "valueHigh" in target && target.valueHigh !== undefined ? `–${target.valueHigh}` : "";
  const unit = target.unit.base === "%" ? "%" : ` ${target.unit.base}`;
  return `${target.comparator} ${target.value}${high}${unit}`;
}

function notes(target: Target): string {
  const parts: string[] = [];
  if (target.hedge) parts.push(`hedge ${target.hedge}`);
  if ("base" in target && target.base)
    parts.push(`base ${target.base.year}${target.base.value ? ` = ${target.base.value}` : ""}`);
  if (target.attribute !== "unspecified") parts.push(target.attribute);
  if (target.table) parts.push(`table ${target.table.column}`);
  if (target.priorPlan) parts.push("prior plan");
  if (target.restates) parts.push(`restates ${target.restates}`);
  if (target.partOf) parts.push(`part of ${target.partOf}`);
  for (const ambiguity of target.ambiguities ?? [])
    parts.push(
      ambiguity.relatedTargets
        ? `${ambiguity.code} with ${ambiguity.relatedTargets.join(", ")}`
        : ambiguity.code,
    );
  if (target.indicator.id) parts.push(`id ${target.indicator.id}`);
  return parts.join("; ");
}

function render(name: string, text: string): string {
  const { plan, issues } = extractPlan(text, { document: name });
  const lines = [
    `# ${name}`,
    "",
    `- title: ${plan.title} (${plan.titleSource ?? "text"})`,
    `- type: ${plan.documentType ?? "unknown"}; issuer: ${plan.issuer ?? "unknown"}; issued: ${plan.issued ?? "unknown"}`,
    `- region: ${plan.region.name} (${plan.region.level}); period: ${plan.period.start ?? "?"}–${plan.period.end ?? "?"}; script: ${plan.script}`,
    `- based on: ${plan.basedOn.map((parent) => `《${parent.title}》`).join(" ") || "none"}`,
    `- ${plan.targets.length} targets, ${plan.facts.length} facts, ${plan.claims?.length ?? 0} growth claims`,
    `- issues: ${issues.map((issue) => `${issue.code} (line ${issue.line})`).join(", ") || "none"}`,
    "",
    "| id | excerpt | kind | indicator | value | year | notes |",
    "|---|---|---|---|---|---|---|",
    ...plan.targets
      .map((target) =>
        [
          target.id,
          escape(target.source.quote.slice(0, MAX_EXCERPT)),
          target.kind,
          escape(target.indicator.name),
          escape(valueOf(target)),
          `${target.targetYear} (${target.targetYearBasis})`,
          escape(notes(target)),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
    "",
  ];
  return lines.join("\n");
}

describe("readable snapshots of every seed (excerpt → target → normalised value)", () => {
  for (const seed of loadSeeds()) {
    it(seed.name, async () => {
      await expect(render(seed.name, seed.text)).toMatchFileSnapshot(`snapshots/${seed.name}.md`);
    });
  }
});
