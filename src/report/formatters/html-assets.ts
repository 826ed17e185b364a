/** The customer report's stylesheet (no user data): system fonts, a print layout with a page per account. */

/** The report's stylesheet. */
export const HTML_CSS = `
:root { --fail:#c62828; --warn:#b45309; --pass:#2e7d32; --skip:#6b7280; --invalid:#6a1b9a; --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f8fafc; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink); font:14px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif; }
main { max-width:1100px; margin:0 auto; padding:20px 28px 48px; }
header.top { background:#0f172a; color:#f8fafc; }
header.top .inner { max-width:1100px; margin:0 auto; padding:20px 28px 16px; }
header.top h1 { margin:0 0 4px; font-size:22px; font-weight:600; }
header.top .sub { margin:0; color:#cbd5e1; }
h2 { font-size:19px; margin:8px 0 6px; }
h3 { font-size:15px; margin:18px 0 8px; }
a { color:#0b5cad; }
.tools { display:flex; flex-wrap:wrap; gap:8px 16px; align-items:center; background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 14px; margin:10px 0; position:sticky; top:0; z-index:2; }
.tools input[type=search] { flex:1 1 260px; font:inherit; padding:4px 8px; }
.tools select, .tools button { font:inherit; padding:3px 8px; }
.tools .count { color:var(--muted); margin-left:auto; }
table { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line); }
th, td { padding:6px 10px; border-bottom:1px solid var(--line); text-align:left; vertical-align:top; }
th { background:#f1f5f9; font-size:12px; color:#475569; font-weight:600; }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
td.mono, .mono { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12px; word-break:break-all; }
.badge { display:inline-block; min-width:46px; text-align:center; padding:1px 8px; border-radius:10px; font-size:12px; font-weight:700; color:#fff; background:var(--muted); white-space:nowrap; }
.badge.fail { background:var(--fail); } .badge.warn { background:var(--warn); } .badge.pass { background:var(--pass); } .badge.skip { background:var(--skip); } .badge.invalid { background:var(--invalid); }
.badge.waived { background:#fff; color:#0369a1; border:1px solid #0369a1; }
.badge.baseline-unchanged, .badge.baseline-updated { background:#fff; color:#4b5563; border:1px solid #4b5563; }
.badge.baseline-new { background:#fff; color:#b91c1c; border:1px solid #b91c1c; }
ul.fixed { list-style:none; padding-left:0; }
section.account { background:#fff; border:1px solid var(--line); border-radius:8px; padding:16px 20px; margin:12px 0; }
section.account .meta { color:var(--muted); margin:0 0 8px; }
.counts { display:flex; gap:8px; flex-wrap:wrap; margin:6px 0 4px; }
ol.findings { list-style:none; padding:0; margin:0; }
li.finding { border:1px solid var(--line); border-left:4px solid var(--muted); border-radius:6px; padding:8px 12px; margin:8px 0; break-inside:avoid; }
li.finding.fail { border-left-color:var(--fail); } li.finding.warn { border-left-color:var(--warn); } li.finding.pass { border-left-color:var(--pass); } li.finding.skip { border-left-color:var(--skip); }
.fhead { display:flex; flex-wrap:wrap; gap:4px 12px; align-items:center; }
.fhead .title { font-weight:600; }
.fhead .due, .fhead .amount { color:#334155; font-size:13px; }
.msg { margin:6px 0 4px; white-space:pre-line; }
.refs { margin:0; font-size:13px; color:var(--muted); }
.waiver { margin:4px 0 0; color:#075985; font-size:13px; }
.problems { background:#faf5ff; border-left:3px solid var(--invalid); border-radius:4px; padding:8px 12px; }
.notes { background:#eff6ff; border-left:3px solid #3b82f6; border-radius:4px; padding:8px 12px; color:#1e3a8a; }
details { margin-top:12px; }
details > summary { cursor:pointer; font-weight:600; color:#334155; }
.appendix { margin-top:28px; }
.appendix .intro { color:var(--muted); }
article.clause { background:#fff; border:1px solid var(--line); border-radius:6px; padding:8px 14px; margin:8px 0; break-inside:avoid; }
article.clause h3 { margin:4px 0; }
.original { margin:6px 0; padding:6px 10px; background:#fafaf9; border-left:3px solid #d6d3d1; white-space:pre-line; }
.summary { margin:0 0 4px; color:#475569; font-size:13px; }
:target { outline:3px solid #fbbf24; outline-offset:2px; }
.empty { color:var(--muted); font-style:italic; }
footer { margin-top:32px; color:var(--muted); font-size:12px; border-top:1px solid var(--line); padding-top:10px; }
dl.run { display:grid; grid-template-columns:max-content 1fr; gap:2px 16px; margin:0 0 8px; }
dl.run dd { margin:0; font-family:ui-monospace,Menlo,Consolas,monospace; }
@media print {
  body { background:#fff; font-size:12px; }
  header.top { background:#fff; color:#000; border-bottom:2px solid #000; }
  header.top .sub { color:#333; }
  .tools, .back, button { display:none !important; }
  section.account { border:none; padding:0; margin:0; break-before:page; }
  #app > section.account:first-child { break-before:auto; }
  .appendix { break-before:page; }
  a { color:inherit; text-decoration:none; }
  :target { outline:none; }
}
`;
