import type { Evaluation, EvaluationStatus, Observation, Target } from "@guihua/schema";
import { chartData } from "./chart-data.js";
import { describeTarget } from "./describe-target.js";
import { figuresLine } from "./figures-line.js";
import type { SafeHtml } from "./html.js";
import { html, trusted } from "./html.js";
import { ATTRIBUTE_LABELS, KIND_LABELS, STATUS_LABELS, STATUS_ORDER } from "./labels.js";
import type { ReportModel, ReportPlan } from "./model.js";
import { REPORT_CSS } from "./style.js";

// No script, no network: the policy forbids both even if some text escaped the escaping.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function both(zh: string, en: string): SafeHtml {
  return html`<span class="zh" lang="zh-CN">${zh}</span><span class="en" lang="en">${en}</span>`;
}

function badge(status: EvaluationStatus): SafeHtml {
  const label = STATUS_LABELS[status];
  return html`<span class="badge status-${status}" style="background:${label.colour}"
    >${both(label.zh, label.en)}</span
  >`;
}

function matches(target: Target, observation: Observation): boolean {
  if (target.indicator.id && observation.indicator.id)
    return target.indicator.id === observation.indicator.id;
  return target.indicator.name === observation.indicator.name;
}

// Counts of evaluations by status.
function countStatuses(evaluations: readonly Evaluation[]): Record<EvaluationStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<
    EvaluationStatus,
    number
  >;
  for (const evaluation of evaluations) counts[evaluation.status]++;
  return counts;
}

// 预期性 and 约束性 targets weigh differently in Chinese plans: the binding ones are commitments.
function byAttribute(model: ReportModel): SafeHtml {
  const rows = (Object.keys(ATTRIBUTE_LABELS) as (keyof typeof ATTRIBUTE_LABELS)[]).flatMap((attribute) => {
    const evaluations = model.plans.flatMap((entry) => {
      const ids = new Set(
        entry.plan.targets.filter((target) => target.attribute === attribute).map((target) => target.id),
      );
      return entry.evaluations.filter((evaluation) => ids.has(evaluation.targetId));
    });
    if (evaluations.length === 0) return [];
    const counts = countStatuses(evaluations);
    const label = ATTRIBUTE_LABELS[attribute];
    return [
      html`<tr>
        <td>${both(label.zh, label.en)}</td>
        <td>${evaluations.length}</td>
        ${STATUS_ORDER.map((status) => html`<td>${counts[status] || ""}</td>`)}
      </tr>`,
    ];
  });
  return html`<table class="scorecard by-attribute">
    <thead>
      <tr>
        <th>${both("属性", "Attribute")}</th>
        <th>${both("目标", "Targets")}</th>
        ${STATUS_ORDER.map((status) => html`<th>${badge(status)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function scorecard(model: ReportModel): SafeHtml {
  const totals = countStatuses(model.plans.flatMap((entry) => entry.evaluations));
  const rows = model.plans.map((entry) => {
    const counts = countStatuses(entry.evaluations);
    return html`<tr>
      <td><a href="#plan-${entry.plan.id}">${entry.plan.title}</a></td>
      <td>${entry.plan.targets.length}</td>
      ${STATUS_ORDER.map((status) => html`<td>${counts[status] || ""}</td>`)}
    </tr>`;
  });
  const targetCount = model.plans.reduce((sum, entry) => sum + entry.plan.targets.length, 0);
  return html`<table class="scorecard">
    <thead>
      <tr>
        <th>${both("规划", "Plan")}</th>
        <th>${both("目标", "Targets")}</th>
        ${STATUS_ORDER.map((status) => html`<th>${badge(status)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
    <tfoot>
      <tr>
        <td>${both("合计", "Total")}</td>
        <td>${targetCount}</td>
        ${STATUS_ORDER.map((status) => html`<td>${totals[status] || ""}</td>`)}
      </tr>
    </tfoot>
  </table>`;
}

async function targetCard(target: Target, entry: ReportPlan, model: ReportModel): Promise<SafeHtml> {
  const evaluation = entry.evaluations.find((candidate) => candidate.targetId === target.id);
  const observations = entry.observations.filter((observation) => matches(target, observation));
  const data = chartData(target, evaluation, observations);
  let chart: SafeHtml | string = "";
  if (data && (data.required.length > 0 || data.observed.length > 0)) {
    const { renderChart } = await import("./chart.js");
    chart = html`<figure class="chart" data-target="${target.id}">
      ${trusted(await renderChart(data, target.indicator.name))}
    </figure>`;
  }
  const goal = describeTarget(target);
  const figures = evaluation ? figuresLine(evaluation) : undefined;
  const english = target.indicator.id ? model.englishNames?.[target.indicator.id] : undefined;
  const attribute = ATTRIBUTE_LABELS[target.attribute];
  const kind = KIND_LABELS[target.kind];
  const source = target.source;
  return html`<article class="target" id="target-${entry.plan.id}-${target.id}">
    <div>
      ${evaluation ? badge(evaluation.status) : ""}
      <h3>${both(target.indicator.name, english ?? target.indicator.name)}</h3>
      <span class="kind"
        >·
        ${both(`${kind.zh} · ${attribute.zh}`, `${kind.en} · ${attribute.en}`)}${target.hedge ? html` · ${target.hedge}` : ""}${target.priorPlan ? html` · ${both("上期规划", "previous plan")}` : ""}</span
      >
    </div>
    <p class="goal">${both(goal.zh, goal.en)}</p>
    <blockquote class="quote">
      「${source.quote}」<cite>${source.document} [${source.start}–${source.end}]</cite>
    </blockquote>
    ${evaluation ? html`<p class="explanation">${both(evaluation.explanation.zh, evaluation.explanation.en)}</p>` : ""}
    ${figures ? html`<p class="figures">${both(figures.zh, figures.en)}</p>` : ""} ${chart}
  </article>`;
}

async function planSection(entry: ReportPlan, model: ReportModel): Promise<SafeHtml> {
  const { plan } = entry;
  const cards: SafeHtml[] = [];
  for (const target of plan.targets) cards.push(await targetCard(target, entry, model));
  const period = [plan.period.start, plan.period.end].filter((year) => year !== undefined).join("–");
  const findings = entry.findings ?? [];
  return html`<section class="plan" id="plan-${plan.id}">
    <h2>${plan.title}</h2>
    <p class="meta">
      ${plan.region.name}${period ? ` · ${period}` : ""}${plan.issuer ? ` · ${plan.issuer}` : ""}${plan.issued ? ` · ${plan.issued}` : ""}
    </p>
    ${
      findings.length > 0
        ? html`<h3>${both("规划自身的问题", "Findings about the plan itself")}</h3>
            <ul class="findings">
              ${findings.map(
                (finding) =>
                  html`<li>
                    <span class="severity-${finding.severity}">${finding.severity}</span>
                    ${both(finding.message.zh, finding.message.en)}
                  </li>`,
              )}
            </ul>`
        : ""
    }
    <div class="targets">${cards}</div>
  </section>`;
}

/**
 * The whole report as one self-contained HTML document: no script, no network, every chart an inline SVG.
 * All document text is escaped; a Content-Security-Policy forbids scripts and remote loads as a second guard.
 *
 * @example
 * const page = await renderReport({ asOf: "2026-06-30", plans: [{ plan, evaluations, observations }] });
 * // "<!doctype html>…<table class=\"scorecard\">…<svg …>…</svg>…"
 */
export async function renderReport(model: ReportModel): Promise<string> {
  const sections: SafeHtml[] = [];
  for (const entry of model.plans) sections.push(await planSection(entry, model));
  const page = html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <title>规划目标评估 guihua report</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        <input class="lang-input" type="radio" name="lang" id="lang-zh" checked aria-label="中文" />
        <input class="lang-input" type="radio" name="lang" id="lang-en" aria-label="English" />
        <header class="top">
          <div class="lang-switch"><label for="lang-zh">中文</label><label for="lang-en">English</label></div>
          <h1>${both("规划目标评估报告", "Plan targets: where they stand")}</h1>
          <p>
            ${both(`评估日期 ${model.asOf}`, `As of ${model.asOf}`)}${model.method ? html` · ${both(`方法 ${model.method}`, `method ${model.method}`)}` : ""}
          </p>
        </header>
        <main>
          <h2>${both("总览", "Scorecard")}</h2>
          ${scorecard(model)} ${byAttribute(model)} ${sections}
        </main>
        <footer>
          ${both("由 guihua 生成", "Generated by guihua")}${model.version ? ` ${model.version}` : ""}
        </footer>
      </body>
    </html> `;
  return page.value;
}
