// Opens the generated report in Debian's Chromium through playwright-core, as a reader would:
// every chart must have rendered (an <svg> with marks), the console must stay clean, nothing may load
// from the network, and a screenshot is saved. Without Chromium the test skips locally and fails in CI.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../src/report/render-report.js";
import { run } from "../src/run.js";
import type { Io } from "../src/io.js";
import { HOSTILE, fakeEvaluation, liaoningTable2 } from "./fixtures.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const IN_CI = process.env.CI === "true" || process.env.CI === "1";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SCREENSHOT = resolve(
  process.env.REPORT_SCREENSHOT ?? join(import.meta.dirname, "output", "report.png"),
);
// Flags that work on these machines (closed network, running as root).
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!HAVE_CHROMIUM && !IN_CI)
  console.warn(
    `report.browser.test: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)("the HTML report in Chromium", () => {
  let directory = "";
  let reportPath = "";

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true but no Chromium at ${CHROMIUM}: .ci/run must install it`);
    directory = await mkdtemp(join(tmpdir(), "guihua-report-"));
    reportPath = join(directory, "report.html");
    let stderr = "";
    const io: Io = {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      readFile: (path) => readFile(path, "utf8"),
      writeFile: async (path, contents) => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, contents);
      },
      cwd: directory,
      env: {},
      now: () => new Date("2026-06-30T00:00:00Z"),
    };
    const code = await run(["report", "--out", reportPath], io);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it("renders every chart, logs no error, loads nothing remote, and is screenshotted", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
      });
      await page.goto(pathToFileURL(reportPath).href, { waitUntil: "load" });

      const charts = await page.$$eval("figure.chart", (figures) =>
        figures.map((figure) => {
          const svg = figure.querySelector("svg");
          const box = svg?.getBoundingClientRect();
          return {
            target: figure.getAttribute("data-target"),
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            marks: svg ? svg.querySelectorAll('[role="graphics-symbol"]').length : 0,
          };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.width, `chart ${chart.target} width`).toBeGreaterThan(100);
        expect(chart.height, `chart ${chart.target} height`).toBeGreaterThan(50);
        expect(chart.marks, `chart ${chart.target} marks`).toBeGreaterThan(0);
      }
      const badges = await page.locator(".badge").count();
      expect(badges).toBeGreaterThan(charts.length);

      // The language switch works without script.
      await page.click('label[for="lang-en"]');
      expect(await page.locator("h1 .en").isVisible()).toBe(true);
      expect(await page.locator("h1 .zh").isVisible()).toBe(false);
      await page.click('label[for="lang-zh"]');

      await mkdir(dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("shows hostile document text as text: no script runs, no element is injected", async () => {
    const plan = liaoningTable2();
    plan.title = HOSTILE;
    plan.targets[0]!.indicator.name = HOSTILE;
    plan.targets[0]!.source.quote = HOSTILE;
    const page = await renderReport({
      asOf: "2024-12-31",
      plans: [
        { plan, observations: [], evaluations: plan.targets.map((target) => fakeEvaluation(target.id)) },
      ],
    });
    const file = join(directory, "hostile.html");
    await writeFile(file, page);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const tab = await browser.newPage();
      const problems: string[] = [];
      tab.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      tab.on("pageerror", (error) => problems.push(error.message));
      tab.on("request", (request) => {
        if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
      });
      await tab.goto(pathToFileURL(file).href, { waitUntil: "load" });
      expect(await tab.locator("img, script, iframe, object, embed").count()).toBe(0);
      expect(await tab.locator("section.plan h2").first().textContent()).toBe(HOSTILE);
      expect(await tab.locator("blockquote.quote").first().textContent()).toContain(HOSTILE);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
