import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { parseObservations, parsePlan, type Plan } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { buildSeedPlans, planDirectory, renderPlanFile } from "../scripts/build-seed-plans.js";
import { renderSeedModule, seedModulePath } from "../scripts/render-seed-module.js";
import { readGold, readRaw } from "../test/gold.js";
import { findIndicator } from "./find-indicator.js";
import { getSeedPlan, seedClaims, seedObservations, seedPlanIds, seedPlans } from "./seed-plans.js";

const golds = readGold();

describe("seedPlans", () => {
  it("holds one plan per seed, in order", () => {
    expect(seedPlans.map((plan) => plan.id)).toEqual(golds.map((gold) => gold.document.basename));
    expect(seedPlanIds).toEqual(seedPlans.map((plan) => plan.id));
  });

  it.each(golds.map((gold) => [gold.document.basename, gold] as const))(
    "%s validates and every span matches its raw text",
    (id, gold) => {
      const text = readRaw(id);
      const plan = getSeedPlan(id)!;
      expect(() => parsePlan(structuredClone(plan), { text })).not.toThrow();
      expect(plan.sourceSha256).toBe(createHash("sha256").update(text).digest("hex"));
      const before = gold.document.annotate_before_offset as number | null;
      if (before !== null)
        for (const target of plan.targets) expect(target.source.end).toBeLessThanOrEqual(before);
    },
  );

  it.each(golds.map((gold) => [gold.document.basename, gold] as const))(
    "%s has every gold target and fact",
    (id, gold) => {
      const plan = getSeedPlan(id)!;
      expect(plan.targets.map((target) => target.id)).toEqual(gold.targets.map((target) => target.id));
      const factIds = [...plan.facts, ...(plan.claims ?? [])].map((fact) => fact.id).sort();
      const goldFactIds = gold.facts.filter((fact) => fact.kind !== "comparative").map((fact) => fact.id);
      expect(factIds).toEqual(goldFactIds.sort());
      for (const target of gold.targets) {
        const curated = plan.targets.find((candidate) => candidate.id === target.id)!;
        expect(curated.source.start, target.id).toBe(target.offset);
        expect(curated.source.quote, target.id).toBe(target.quote);
      }
    },
  );

  it("covers the 170 scored gold targets", () => {
    const scored = golds.flatMap((gold) =>
      gold.targets.filter((target) => !target.optional && !target.duplicate_of),
    );
    expect(scored).toHaveLength(170);
    const ids = new Set(seedPlans.flatMap((plan) => plan.targets.map((target) => target.id)));
    expect(scored.filter((target) => !ids.has(target.id))).toEqual([]);
  });

  it("links restatements both ways", () => {
    for (const plan of seedPlans)
      for (const target of plan.targets) {
        if (target.restates)
          expect(plan.targets.find((other) => other.id === target.restates)?.restatedBy).toContain(target.id);
        for (const later of target.restatedBy ?? [])
          expect(plan.targets.find((other) => other.id === later)?.restates).toBe(target.id);
      }
  });

  it("names a catalogue indicator for every target (lists any that do not resolve)", () => {
    const unresolved = seedPlans.flatMap((plan) =>
      plan.targets
        .filter(
          (target) =>
            !target.indicator.id || findIndicator(target.indicator.name)?.id !== target.indicator.id,
        )
        .map((target) => `${target.id} ${target.indicator.name}`),
    );
    expect(unresolved).toEqual([]);
  });

  it("records the ambiguities the seeds are known for", () => {
    const codes = (plan: Plan, id: string) =>
      plan.targets.find((target) => target.id === id)?.ambiguities?.map((ambiguity) => ambiguity.code) ?? [];
    expect(codes(getSeedPlan("000_f4ce5bcb0d66299b"), "000-T06")).toContain("shared-number");
    expect(codes(getSeedPlan("002_6eb086e07f75e31e"), "002-T10")).toContain("text-table-disagree");
    expect(codes(getSeedPlan("004_1a2eda50a7740b0f"), "004-T14")).toContain(
      "share-growth-relative-or-points",
    );
    expect(codes(getSeedPlan("004_1a2eda50a7740b0f"), "004-T03")).toContain("double-comparator");
    expect(codes(getSeedPlan("001_1d02821496d85e12"), "001-T03")).toContain("base-ambiguous");
    const claim = seedClaims.find((candidate) => candidate.id === "002-F33");
    expect(claim).toMatchObject({ form: "times", value: "3.6", fromYear: 2015, toYear: 2020 });
  });

  it("is deeply frozen", () => {
    const plan = getSeedPlan("002_6eb086e07f75e31e");
    expect(Object.isFrozen(seedPlans)).toBe(true);
    expect(Object.isFrozen(plan.targets[0]!.source)).toBe(true);
    expect(() => {
      (plan as { title: string }).title = "changed";
    }).toThrow(TypeError);
  });

  it("finds a plan by id or prefix", () => {
    expect(getSeedPlan("004")?.documentNumber).toBe("鞍政發〔2009〕12號");
    expect(getSeedPlan("002_6eb086e07f75e31e").region.code).toBe("210000");
    expect(getSeedPlan("999")).toBeUndefined();
  });
});

describe("seedObservations", () => {
  it("are valid, carry spans into their raw text and list each reading once", () => {
    expect(() => parseObservations(structuredClone([...seedObservations]))).not.toThrow();
    for (const observation of seedObservations) {
      const text = readRaw(observation.source!.document);
      expect(text.slice(observation.source!.start, observation.source!.end)).toBe(observation.source!.quote);
    }
    const liaoning2020 = seedObservations.filter(
      (observation) =>
        observation.indicator.id === "invention-patents-per-10k" && observation.region === "辽宁省",
    );
    expect(
      liaoning2020.map((observation) => [
        "year" in observation.period && observation.period.year,
        observation.value,
      ]),
    ).toEqual([
      [2015, "5.29"],
      [2020, "10.98"],
    ]);
  });

  it("state 通辽's 2020 trademarks and 鞍山's 2008 patents", () => {
    expect(seedObservations.find((observation) => observation.id === "001-F01")).toMatchObject({
      region: "通辽市",
      value: "15100",
      period: { year: 2020 },
    });
    expect(seedObservations.find((observation) => observation.id === "004-F01")).toMatchObject({
      region: "鞍山市",
      value: "18000",
      comparator: ">",
      unit: { asWritten: "萬", base: "件", multiplier: 4 },
    });
  });
});

describe("seeds/plans/*.json", () => {
  it("are what scripts/build-seed-plans.ts builds (edit the script, then `npm run seeds -w @guihua/dataset`)", () => {
    const built = buildSeedPlans();
    expect(built.map((plan) => `${plan.id}.json`)).toEqual(
      readdirSync(planDirectory)
        .filter((name) => name.endsWith(".json"))
        .sort(),
    );
    for (const plan of built)
      expect(readFileSync(`${planDirectory}${plan.id}.json`, "utf8"), plan.id).toBe(renderPlanFile(plan));
  });

  it("write a value as the text writes it (001-F07: 第一, not 1)", () => {
    const fact = getSeedPlan("001_1d02821496d85e12").facts.find((candidate) => candidate.id === "001-F07");
    expect(fact).toMatchObject({ value: "1", valueAsWritten: "第一", unit: { base: "rank" } });
    expect(fact?.source?.quote).toContain(fact?.valueAsWritten);
  });
});

describe("data/seed-plans.ts", () => {
  it("is current with seeds/plans (run `npm run seeds -w @guihua/dataset` when this fails)", () => {
    expect(readFileSync(seedModulePath, "utf8")).toBe(renderSeedModule());
  });
});
