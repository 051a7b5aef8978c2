/** The report's whole style sheet (inline: the file must work offline, with no external resource). */
export const REPORT_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: #fff; }
header.top { padding: 24px 32px 12px; border-bottom: 1px solid var(--line); background: var(--bg); }
header.top h1 { margin: 0 0 4px; font-size: 24px; }
header.top p { margin: 0; color: var(--muted); }
main { padding: 8px 32px 48px; max-width: 1180px; }
.lang-input { position: absolute; opacity: 0; pointer-events: none; }
.lang-switch { float: right; }
.lang-switch label { cursor: pointer; padding: 2px 10px; border: 1px solid var(--line); border-radius: 12px; margin-left: 4px; background: #fff; }
#lang-zh:checked ~ header label[for="lang-zh"], #lang-en:checked ~ header label[for="lang-en"] { background: var(--fg); color: #fff; }
.en { display: none; }
#lang-en:checked ~ * .en { display: revert; }
#lang-en:checked ~ * .zh { display: none; }
table.scorecard { border-collapse: collapse; margin: 8px 0 16px; font-size: 14px; }
table.scorecard th, table.scorecard td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; }
table.scorecard th:first-child, table.scorecard td:first-child { text-align: left; }
table.scorecard thead th { background: var(--bg); font-weight: 600; }
table.scorecard tfoot td { font-weight: 600; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-size: 13px; font-weight: 600; white-space: nowrap; }
section.plan { margin-top: 32px; }
section.plan > h2 { font-size: 20px; margin-bottom: 2px; }
section.plan > .meta { color: var(--muted); margin-top: 0; }
.targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 12px; }
article.target { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
article.target h3 { display: inline; font-size: 15px; margin: 0 0 0 6px; }
article.target .kind { color: var(--muted); font-size: 13px; }
article.target .goal { margin: 6px 0; }
blockquote.quote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid var(--line); color: #3d444d; background: var(--bg); }
blockquote.quote cite { display: block; font-size: 12px; color: var(--muted); font-style: normal; }
p.explanation { margin: 6px 0; }
p.figures { margin: 4px 0; color: var(--muted); font-size: 13px; }
figure.chart { margin: 8px 0 0; overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; }
ul.findings li { margin-bottom: 4px; }
.severity-error { color: #a40e26; font-weight: 600; }
.severity-warning { color: #9a6700; font-weight: 600; }
.severity-info { color: var(--muted); }
footer { padding: 16px 32px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); }
`;
