import { describe, expect, it } from "vitest";
import { HOSTILE, fakeEvaluation, liaoningTable2, observation } from "../../test/fixtures.js";
import { escapeHtml, html } from "./html.js";
import { renderReport } from "./render-report.js";

const INDICATOR = "high-value-invention-patents-per-10k";

async function sampleReport(mutate?: (plan: ReturnType<typeof liaoningTable2>) => void): Promise<string> {
  const plan = liaoningTable2();
  mutate?.(plan);
  const observations = [
    observation(INDICATOR, "每万人口高价值发明专利拥有量", 2021, "4.6"),
    observation(INDICATOR, "每万人口高价值发明专利拥有量", 2023, "5.2"),
  ];
  return renderReport({
    asOf: "2024-12-31",
    method: "statcan",
    version: "0.1.0",
    plans: [
      {
        plan,
        observations,
        evaluations: plan.targets.map((target, index) =>
          fakeEvaluation(target.id, index === 1 ? { status: "off-track" } : {}),
        ),
        findings: [
          {
            id: "f1",
            code: "other",
            severity: "warning",
            targetIds: [],
            spans: [],
            figures: {},
            message: { zh: HOSTILE, en: HOSTILE },
          },
        ],
      },
    ],
  });
}

describe("html", () => {
  it("escapes interpolated text but keeps nested html", () => {
    expect(html`<p>${HOSTILE}</p>`.value).toBe(`<p>${escapeHtml(HOSTILE)}</p>`);
    expect(html`<div>${html`<b>${"<"}</b>`}</div>`.value).toBe("<div><b>&lt;</b></div>");
    expect(escapeHtml(HOSTILE)).not.toMatch(/[<>"']/);
  });
});

describe("renderReport", () => {
  it("writes a self-contained page: scorecard, a badge, the quote and an inline SVG chart per target", async () => {
    const page = await sampleReport();
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('class="scorecard"');
    expect(page).toContain("by-attribute");
    expect(page).toContain("「年均增长6%」");
    expect(page.match(/<figure class="chart"/g)).toHaveLength(5);
    expect(page.match(/<svg /g)).toHaveLength(5);
    expect(page).toContain("status-off-track");
    expect(page).toContain("Content-Security-Policy");
    expect(page).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org)/i);
  });

  it("escapes every piece of document text, in HTML and in the SVG", async () => {
    const page = await sampleReport((plan) => {
      plan.title = HOSTILE;
      plan.region.name = HOSTILE;
      const target = plan.targets[0]!;
      target.id = HOSTILE;
      target.indicator.name = HOSTILE;
      target.source.quote = HOSTILE;
      target.hedge = HOSTILE;
    });
    expect(page).not.toContain("<img");
    expect(page).not.toContain("</script>");
    expect(page).not.toMatch(/onerror=alert\(1\)>/);
    expect(page).toContain("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});
