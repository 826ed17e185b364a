/** The inline stylesheet and script of the HTML report (no user data in either). */

/** The report's stylesheet: system fonts only, print-friendly. */
export const HTML_CSS = `
:root { --fail:#c62828; --warn:#b45309; --pass:#2e7d32; --skip:#6b7280; --invalid:#6a1b9a; --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f8fafc; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink); font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif; }
main { max-width:1100px; margin:0 auto; padding:24px 28px 48px; }
header.top { background:#0f172a; color:#f8fafc; }
header.top .inner { max-width:1100px; margin:0 auto; padding:22px 28px 18px; }
header.top h1 { margin:0 0 2px; font-size:22px; font-weight:600; letter-spacing:.2px; }
header.top .sub { margin:0 0 14px; color:#cbd5e1; }
dl.evidence { display:grid; grid-template-columns:max-content 1fr; gap:2px 16px; margin:0; font-size:13px; }
dl.evidence dt { color:#94a3b8; }
dl.evidence dd { margin:0; font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; word-break:break-all; }
h2 { font-size:17px; margin:28px 0 10px; }
.cards { display:flex; gap:12px; flex-wrap:wrap; margin-top:20px; }
.card { flex:1 1 120px; background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 14px; border-top:4px solid var(--muted); }
.card .n { font-size:26px; font-weight:650; line-height:1.2; }
.card .l { color:var(--muted); text-transform:uppercase; font-size:11px; letter-spacing:.6px; }
.card.fail { border-top-color:var(--fail); } .card.warn { border-top-color:var(--warn); } .card.pass { border-top-color:var(--pass); } .card.skip { border-top-color:var(--skip); } .card.invalid { border-top-color:var(--invalid); }
table.files { width:100%; border-collapse:collapse; background:#fff; border:1px solid var(--line); border-radius:8px; overflow:hidden; }
table.files th, table.files td { padding:7px 10px; border-bottom:1px solid var(--line); text-align:left; vertical-align:middle; }
table.files th { background:#f1f5f9; font-size:12px; color:#475569; font-weight:600; }
table.files td.num { text-align:right; font-variant-numeric:tabular-nums; }
table.files td.hash { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:11px; color:var(--muted); word-break:break-all; max-width:220px; }
.bar { display:flex; width:180px; height:12px; border-radius:6px; overflow:hidden; background:#eef2f7; }
.seg.fail { background:var(--fail); } .seg.warn { background:var(--warn); } .seg.pass { background:var(--pass); } .seg.skip { background:#9ca3af; }
.badge { display:inline-block; min-width:52px; text-align:center; padding:1px 8px; border-radius:10px; font-size:11px; font-weight:700; letter-spacing:.5px; text-transform:uppercase; color:#fff; background:var(--muted); }
.badge.fail { background:var(--fail); } .badge.warn { background:var(--warn); } .badge.pass { background:var(--pass); } .badge.skip { background:var(--skip); } .badge.invalid, .badge.error { background:var(--invalid); } .badge.none { background:#94a3b8; }
.badge.waived { background:#fff; color:#0369a1; border:1px solid #0369a1; }
.badge.baseline-unchanged, .badge.baseline-updated { background:#fff; color:#4b5563; border:1px solid #4b5563; }
.badge.baseline-new { background:#fff; color:#b91c1c; border:1px solid #b91c1c; }
ul.fixed { list-style:none; padding-left:0; }
form.filters { display:flex; flex-wrap:wrap; gap:8px 18px; align-items:center; background:#fff; border:1px solid var(--line); border-radius:8px; padding:10px 14px; position:sticky; top:0; z-index:2; }
form.filters label { cursor:pointer; user-select:none; }
form.filters select { font:inherit; padding:2px 6px; }
form.filters .count { margin-left:auto; color:var(--muted); }
section.file { margin-top:22px; }
section.file > h3 { font-size:15px; margin:0 0 8px; display:flex; gap:10px; align-items:center; word-break:break-all; }
.notes { margin:0 0 10px; padding:8px 12px; background:#eff6ff; border-left:3px solid #3b82f6; border-radius:4px; color:#1e3a8a; }
.errors { margin:0 0 10px; padding:8px 12px 8px 30px; background:#faf5ff; border-left:3px solid var(--invalid); border-radius:4px; }
article.finding { background:#fff; border:1px solid var(--line); border-left:4px solid var(--muted); border-radius:6px; padding:10px 14px; margin:8px 0; }
article.finding.fail { border-left-color:var(--fail); } article.finding.warn { border-left-color:var(--warn); } article.finding.pass { border-left-color:var(--pass); } article.finding.skip { border-left-color:var(--skip); }
.fhead { display:flex; flex-wrap:wrap; gap:6px 12px; align-items:center; }
.rule { font-weight:600; font-family:ui-monospace,Menlo,Consolas,monospace; font-size:13px; }
.loc, .subject { color:var(--muted); font-size:12px; }
.subject code { font-size:12px; background:#f1f5f9; padding:0 4px; border-radius:3px; word-break:break-all; }
.msg { margin:6px 0 4px; white-space:pre-line; }
.waiver { margin:4px 0; color:#075985; font-size:13px; }
details.clause { margin-top:6px; border-top:1px dashed var(--line); padding-top:6px; }
details.clause summary { cursor:pointer; color:#334155; font-size:13px; }
.original { margin:6px 0 4px; padding:6px 10px; background:#fafaf9; border-left:3px solid #d6d3d1; white-space:pre-line; font-size:13.5px; }
.summary-en { margin:0; color:#475569; font-size:13px; }
.empty { color:var(--muted); font-style:italic; }
footer { margin-top:36px; color:var(--muted); font-size:12px; border-top:1px solid var(--line); padding-top:10px; }
@media print { form.filters { display:none; } body { background:#fff; } article.finding { break-inside:avoid; } header.top { background:#fff; color:#000; } header.top .sub, dl.evidence dt { color:#444; } }
`;

/** The filter script: shows the findings whose status is checked and whose rule is selected. */
export const HTML_JS = `
(function () {
  var form = document.getElementById('filters');
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var files = Array.prototype.slice.call(document.querySelectorAll('section.file'));
  var count = document.getElementById('shown');
  var empty = document.getElementById('no-match');
  function apply() {
    var statuses = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name=status]'), function (box) { statuses[box.value] = box.checked; });
    var rule = form.querySelector('select[name=rule]').value;
    var shown = 0;
    findings.forEach(function (el) {
      var visible = statuses[el.getAttribute('data-status')] === true && (rule === '' || el.getAttribute('data-rule') === rule);
      el.hidden = !visible;
      if (visible) shown++;
    });
    files.forEach(function (section) {
      var any = section.querySelector('article.finding:not([hidden])') || section.querySelector('.errors');
      section.hidden = !any;
    });
    count.textContent = 'Showing ' + shown + ' of ' + findings.length + ' findings';
    empty.hidden = shown !== 0;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
})();
`;
