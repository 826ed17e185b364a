/**
 * The customer report's script (no user data in it): reads the embedded data, shows the index of
 * accounts (search, sort) or one account (`#a-N`, its chunk of findings inflated on demand), and
 * renders every account before printing. Everything from the report is escaped before it reaches
 * the page.
 */

/** The page script. */
export const HTML_JS = `
(function () {
  'use strict';
  performance.mark('clausecheck:start');
  var STATUS = ['fail', 'warn', 'pass', 'skip'];
  var D, L, app = document.getElementById('app'), printAll = document.getElementById('print-all');
  var query = '', order = 'fail', details = [], PAGE = 200, limit = PAGE;
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); }
  function fill(t, a) { return t.replace(/\\{(\\d)\\}/g, function (_, i) { return a[+i]; }); }
  function badge(s, text) { return '<span class="badge ' + s + '">' + esc(text) + '</span>'; }
  function nameOf(f) { return f[3] || f[4] || f[0]; }
  function counts(f) {
    return STATUS.map(function (s, i) { return f[5][i] ? badge(s, fill(L.count, [f[5][i], L.status[s]])) : ''; }).join(' ');
  }
  function inflate(text) {
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(JSON.parse);
  }
  /** Calls done once the details of account n (its chunk) are at hand; packed chunks are inflated once. */
  function withDetails(n, done) {
    if (details[n]) return done();
    var k = Math.floor(n / D.chunkSize), chunk = D.chunks[k];
    var put = function (rows) { D.chunks[k] = rows; rows.forEach(function (r, i) { details[k * D.chunkSize + i] = r; }); };
    if (typeof chunk !== 'string') { put(chunk); return done(); }
    inflate(chunk).then(function (rows) { put(rows); done(); });
  }
  function allDetails(done) {
    var left = D.files.length;
    if (!left) return done();
    D.files.forEach(function (_, n) { withDetails(n, function () { if (--left === 0) done(); }); });
  }

  function sorted() {
    var q = query.toLowerCase(), idx = [];
    D.files.forEach(function (f, i) { if (!q || (f[3] + '\\n' + f[4] + '\\n' + f[0]).toLowerCase().indexOf(q) >= 0) idx.push(i); });
    var by = function (a, b) { return String(nameOf(D.files[a])).localeCompare(String(nameOf(D.files[b]))) || a - b; };
    if (order === 'name') return idx.sort(by);
    var k = order === 'warn' ? 1 : 0;
    return idx.sort(function (a, b) { return D.files[b][5][k] - D.files[a][5][k] || D.files[b][5][1 - k] - D.files[a][5][1 - k] || by(a, b); });
  }
  /** Lists the matching accounts, the first PAGE of them until "show all" is pressed. */
  function indexRows() {
    var idx = sorted(), more = document.getElementById('more');
    more.hidden = idx.length <= limit;
    more.textContent = fill(L.showAll, [idx.length]);
    document.getElementById('rows').innerHTML = idx.slice(0, limit).map(function (i) {
      var f = D.files[i], result = f[2] ? (f[5][0] ? 'fail' : f[5][1] ? 'warn' : 'pass') : 'invalid';
      return '<tr><td><a href="#a-' + i + '">' + esc(f[3] || L.unnamedAccount) + '</a></td><td class="mono">' + esc(f[4]) + '</td><td class="mono">' + esc(f[0]) +
        '</td><td class="num">' + f[5][0] + '</td><td class="num">' + f[5][1] + '</td><td>' + badge(result, result === 'invalid' ? L.invalid : L.status[result]) + '</td></tr>';
    }).join('');
    document.getElementById('shown').textContent = fill(L.shown, [idx.length, D.files.length]);
    document.getElementById('no-match').hidden = idx.length !== 0;
  }
  function indexView() {
    var opt = function (v, t) { return '<option value="' + v + '"' + (order === v ? ' selected' : '') + '>' + esc(t) + '</option>'; };
    app.innerHTML = '<section class="index"><h2>' + esc(L.accounts) + '</h2><div class="tools">' +
      '<input type="search" id="q" placeholder="' + esc(L.search) + '" aria-label="' + esc(L.search) + '" value="' + esc(query) + '">' +
      '<label>' + esc(L.sortBy) + ' <select id="order">' + opt('fail', L.sortFails) + opt('warn', L.sortWarns) + opt('name', L.sortName) + '</select></label>' +
      '<button type="button" id="print">' + esc(L.print) + '</button><span class="count" id="shown"></span></div>' +
      '<table class="accounts"><thead><tr><th>' + esc(L.accountName) + '</th><th>' + esc(L.accountId) + '</th><th>' + esc(L.file) + '</th><th>' +
      esc(L.status.fail) + '</th><th>' + esc(L.status.warn) + '</th><th>' + esc(L.result) + '</th></tr></thead><tbody id="rows"></tbody></table>' +
      '<p class="empty" id="no-match" hidden>' + esc(L.noMatch) + '</p><button type="button" id="more" hidden></button></section>';
    document.getElementById('q').addEventListener('input', function (e) { query = e.target.value; indexRows(); });
    document.getElementById('order').addEventListener('change', function (e) { order = e.target.value; indexRows(); });
    document.getElementById('more').addEventListener('click', function () { limit = Infinity; indexRows(); });
    document.getElementById('print').addEventListener('click', function () { allDetails(function () { window.print(); }); });
    indexRows();
  }

  function findingItem(n, x, k) {
    var rule = D.rules[x[0]] || ['', ''], s = STATUS[x[1]], w = x[9];
    var refs = x[2] ? x[2].split(' ').map(function (c) { return '<a href="#clause-' + esc(c) + '">§' + esc(c) + '</a>'; }).join(' ') : '';
    var head = badge(s, L.status[s]) + (w ? badge('waived', L.waived) : '') + (x[10] ? badge('baseline-' + x[10][0], x[10][1]) : '') + (rule[1] ? '<span class="title">' + esc(rule[1]) + '</span>' : '') +
      (x[7] ? '<span class="due">' + esc(L.due) + ': ' + esc(x[7]) + '</span>' : '') + (x[8] ? '<span class="amount">' + esc(L.amount) + ': ' + esc(x[8]) + '</span>' : '');
    var waiver = w ? '<p class="waiver">' + esc(fill(w[2] ? L.waivedByRef : L.waivedBy, w)) + '</p>' : '';
    return '<li class="finding ' + s + '" id="f-' + n + '-' + k + '"><div class="fhead">' + head + '</div><p class="msg">' + esc(x[4]) + '</p>' + waiver +
      '<p class="refs">' + (refs ? esc(L.clause) + ' ' + refs + ' · ' : '') + '<a href="#e-' + n + '-' + k + '">' + esc(L.evidenceLink) + '</a></p></li>';
  }
  function evidence(n, f, d) {
    var rows = d[0].map(function (x, k) {
      return '<tr id="e-' + n + '-' + k + '"><td>' + badge(STATUS[x[1]], L.status[STATUS[x[1]]]) + '</td><td class="mono">' + esc((D.rules[x[0]] || [''])[0]) + '</td><td class="mono">' + esc(x[3]) + '</td><td class="mono">' + x[5] + ':' + x[6] + '</td></tr>';
    }).join('');
    var problems = d[1].map(function (p) { return '<tr><td>' + badge('invalid', L.invalid) + '</td><td colspan="2">' + esc(p[0]) + (p[3] ? ' <span class="mono">(' + esc(p[3]) + ')</span>' : '') + '</td><td class="mono">' + (p[1] ? p[1] + ':' + p[2] : '') + '</td></tr>'; }).join('');
    return '<details class="evidence"><summary>' + esc(L.evidenceAppendix) + '</summary><p>' + esc(L.evidenceIntro) + '</p>' +
      '<dl class="run"><dt>' + esc(L.file) + '</dt><dd>' + esc(f[0]) + '</dd><dt>' + esc(L.sha256) + '</dt><dd>' + esc(f[1] || '—') + '</dd></dl>' +
      '<table><thead><tr><th>' + esc(L.result) + '</th><th>' + esc(L.rule) + '</th><th>' + esc(L.subject) + '</th><th>' + esc(L.location) + '</th></tr></thead><tbody>' + problems + rows + '</tbody></table></details>';
  }
  function accountSection(n) {
    var f = D.files[n], d = details[n], items = d[0].map(function (x, k) { return { x: x, k: k }; });
    var hot = items.filter(function (i) { return i.x[1] < 2; }), cold = items.filter(function (i) { return i.x[1] >= 2; });
    var list = function (l) { return '<ol class="findings">' + l.map(function (i) { return findingItem(n, i.x, i.k); }).join('') + '</ol>'; };
    var problems = d[1].length ? '<div class="problems"><b>' + esc(L.problems) + '</b><ul>' + d[1].map(function (p) { return '<li>' + esc(p[0]) + '</li>'; }).join('') + '</ul></div>' : '';
    var fixed = d[3] && d[3].length ? '<ul class="fixed">' + d[3].map(function (t) { return '<li>' + badge('pass', L.fixed) + ' ' + esc(t) + '</li>'; }).join('') + '</ul>' : '';
    var notes = d[2].length ? '<div class="notes"><b>' + esc(L.notes) + '</b>' + d[2].map(function (t) { return '<div>' + esc(t) + '</div>'; }).join('') + '</div>' : '';
    return '<section class="account" id="acct-' + n + '">' + (D.files.length > 1 ? '<p class="back"><a href="#">' + esc(L.backToIndex) + '</a></p>' : '') +
      '<h2>' + esc(f[3] || L.unnamedAccount) + (f[2] ? '' : ' ' + badge('invalid', L.invalid)) + '</h2>' +
      '<p class="meta">' + (f[4] ? esc(L.accountId) + ' <span class="mono">' + esc(f[4]) + '</span> · ' : '') + esc(L.asOf) + ' ' + esc(D.asOf) + '</p>' +
      '<div class="counts">' + counts(f) + '</div>' + problems + notes + fixed +
      '<h3>' + esc(L.attention) + '</h3>' + (hot.length ? list(hot) : '<p class="empty">' + esc(L.nothingToAttend) + '</p>') +
      (cold.length ? '<details class="folded"><summary>' + esc(fill(L.folded, [f[5][2], f[5][3]])) + '</summary>' + list(cold) + '</details>' : '') +
      evidence(n, f, d) + '</section>';
  }

  function route() {
    var m = /^#a-(\\d+)$/.exec(location.hash);
    if (m && D.files[+m[1]]) return show(+m[1]);
    var target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && app.innerHTML) { // a clause or evidence anchor: stay on the view, unfold what holds it
      var holder = target.closest('details');
      if (holder) holder.open = true;
      target.scrollIntoView();
      return ready();
    }
    if (D.files.length === 1) show(0);
    else { indexView(); ready(); }
  }
  function show(n) {
    withDetails(n, function () { app.innerHTML = accountSection(n); window.scrollTo(0, 0); ready(); });
  }
  function ready() {
    performance.mark('clausecheck:shown');
    document.documentElement.setAttribute('data-ready', 'true');
  }
  window.addEventListener('beforeprint', function () {
    if (!document.getElementById('rows') || Object.keys(details).length < D.files.length) return;
    printAll.innerHTML = D.files.map(function (f, n) { return accountSection(n); }).join('');
  });
  window.addEventListener('afterprint', function () { printAll.innerHTML = ''; });
  D = JSON.parse(document.getElementById('report-data').textContent);
  L = D.labels;
  performance.mark('clausecheck:parsed');
  window.addEventListener('hashchange', function () { document.documentElement.removeAttribute('data-ready'); route(); });
  route();
})();
`;
