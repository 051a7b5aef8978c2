import { it } from "vitest";
import { extractPlan, normalise, clean, segment } from "../src/index.js";
import { extractTargets } from "../src/extract-targets.js";
import { linkRestatements } from "../src/link-restatements.js";
import { safeParsePlan } from "@guihua/schema";
const PIECES = [
  "1234567890".repeat(20),
  "万万万万万万万万万万",
  "亿亿亿万万千千百百",
  "(((((((((",
  "《《《《《《",
  "“““““““",
  "〔〔〔〔",
  "到到到到到到到到",
  ",".repeat(200),
  "、、、、、、",
  "一二三四五六七八九十百千",
  "1.1.1.1.1.1.1.1",
  "1~2~3~4~5~6",
  "2025年2025年2025年",
  "达到达到达到以上以上以上",
  "\n\n\n",
  "到2025年,达到100家以上,",
];
function adversarial(size: number): string {
  const parts = ["某市知识产权规划(2021-2025年)\n二、发展目标\n"];
  let length = parts[0]?.length ?? 0;
  let state = 12345;
  while (length < size) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const piece = `${PIECES[state % PIECES.length] ?? ""}${state % 9973}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join("").slice(0, size);
}
function t(label: string, f: () => unknown) {
  const s = performance.now();
  const r = f();
  console.log(label, (performance.now() - s).toFixed(1));
  return r;
}
it("dbg", () => {
  for (const size of [100_000, 1_000_000]) {
    const text = adversarial(size);
    const n = t("normalise " + size, () => normalise(text)) as ReturnType<typeof normalise>;
    const c = t("clean", () => clean(n.text)) as ReturnType<typeof clean>;
    const p = t("segment", () => segment(n.text, c.excluded)) as ReturnType<typeof segment>;
    const e = t("extract", () =>
      extractTargets({
        text: n.text,
        original: text,
        document: "x",
        paragraphs: p,
        period: { start: 2021, end: 2025 },
        workReport: false,
        region: "x",
      }),
    ) as ReturnType<typeof extractTargets>;
    console.log("targets", e.targets.length, "facts", e.facts.length);
    t("link", () => linkRestatements(e.targets));
    const r = t("extractPlan", () => extractPlan(text));
    t("safeParse", () => safeParsePlan((r as any).plan, { text }));
  }
});
it("dbg2", () => {
  const text = adversarial(5000);
  const n = normalise(text);
  const c = clean(n.text);
  console.log(
    c.excluded,
    c.issues.map((i) => i.code),
  );
  const p = segment(n.text, c.excluded);
  console.log(
    p.length,
    p.slice(0, 3).map((x) => [n.text.slice(x.start, x.end).slice(0, 80), x.path]),
  );
  console.log(extractPlan(text).plan.targets.length, extractPlan(text).plan.period);
});
