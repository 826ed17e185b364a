import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubStepSummary, STEP_SUMMARY_LIMIT, workflowCommand } from '../../src/report/formatters/github.js';
import { AS_OF, CONFIG_FILE, INVALID_FILE, TRICKY_MESSAGE, VALID_FILE, WAIVER_REASON, fixtureContext, fixtureReport, largeReport } from './fixture.js';

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** Parses a workflow command line the way the Actions runner does (ActionCommand.TryParseV2). */
function parseCommand(line: string): Command | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = pair
        .slice(eq + 1)
        .replace(/%3A/g, ':')
        .replace(/%2C/g, ',')
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%');
    }
  }
  const message = line.slice(end + 2).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { command, properties, message };
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const commands = (text: string) => lines(text).map(parseCommand).filter((c): c is Command => c !== undefined);

describe('github: workflow commands', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,) as GitHub documents', () => {
    expect(escapeData('100% :: a,b\r\nc')).toBe('100%25 :: a,b%0D%0Ac');
    expect(escapeProperty('100% :: a,b\r\nc')).toBe('100%25 %3A%3A a%2Cb%0D%0Ac');
    expect(escapeData('%0A')).toBe('%250A');
    expect(workflowCommand('error', [['file', 'a,b.yaml'], ['line', 3]], 'x')).toBe('::error file=a%2Cb.yaml,line=3::x');
  });

  it('opens with the run evidence in the report language', () => {
    const report = fixtureReport();
    const head = (lang: 'en' | 'zh-CN') => lines(formatGithub(report, { ...fixtureContext(), lang })).slice(0, 2);
    expect(head('en')).toEqual(['::group::clausecheck evidence', `clausecheck ${report.tool.version} · agreement ${report.agreement} · as of ${report.asOf}`]);
    expect(head('zh-CN')).toEqual(['::group::clausecheck 证据', `clausecheck ${report.tool.version} · 协议 ${report.agreement} · 评估时点 ${report.asOf}`]);
  });

  it('annotates a fail finding with ::error at its file, line and column', () => {
    expect(lines(formatGithub(fixtureReport(), fixtureContext()))).toContain(
      '::error file=profiles/华东 客户/acme%2Cinc.yaml,line=41,col=5,title=order-payment-window §3.2.1::Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00.',
    );
  });

  it('annotates a warn finding with ::warning, escaping its message', () => {
    expect(lines(formatGithub(fixtureReport(), fixtureContext()))).toContain(
      '::warning file=profiles/华东 客户/acme%2Cinc.yaml,line=120,col=7,title=ram-user-control §5.6::RAM user ops "admin", <script>alert(1)</script> has console access without MFA: 100%25 of logins :: unprotected, see 第4.5条.\\u000d\\u000aSecond line & more.',
    );
  });

  it('round-trips every annotation through a runner-style parser', () => {
    const parsed = commands(formatGithub(fixtureReport(), fixtureContext())).filter((c) => ['error', 'warning', 'notice'].includes(c.command));
    const tricky = parsed.find((c) => c.properties.line === '120');
    // The value's own CR LF is made visible (it is input); only our own line breaks use %0D/%0A.
    expect(tricky).toEqual({ command: 'warning', properties: { file: VALID_FILE, line: '120', col: '7', title: 'ram-user-control §5.6' }, message: TRICKY_MESSAGE.replace('\r\n', '\\u000d\\u000a') });
    const report = fixtureReport();
    const annotated = report.files.flatMap((f) => [...f.errors, ...(f.internalErrors ?? []), ...f.findings.filter((x) => x.status === 'fail' || x.status === 'warn')]);
    expect(parsed).toHaveLength(annotated.length);
    expect(parsed.filter((c) => c.command === 'error')).toHaveLength(6);
    expect(parsed.filter((c) => c.command === 'warning')).toHaveLength(4);
  });

  it('turns a waived finding into a ::notice that gives the waiver', () => {
    const notices = commands(formatGithub(fixtureReport(), fixtureContext())).filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.properties).toEqual({ file: VALID_FILE, line: '88', col: '5', title: 'renewal-deadline §3.2.2 §9.1.2 (fail, waived)' });
    expect(notices[0]!.message).toBe(`Renewal of i-bp1abcdefg not paid 7 days before expiry: the deadline was 2026-11-24 00:00 +08:00.\nwaived by li.wei@example.com until 2026-12-31 (TICKET-42): ${WAIVER_REASON}`);
  });

  it('reports invalid-input errors and internal errors as ::error', () => {
    const errors = commands(formatGithub(fixtureReport(), fixtureContext())).filter((c) => c.command === 'error');
    expect(errors.find((c) => c.properties.line === '7')).toEqual({
      command: 'error',
      properties: { file: INVALID_FILE, line: '7', col: '16', title: `invalid-input: ${INVALID_FILE}` },
      message: 'orders[0].placed_at: expected a date-time such as 2026-11-26T09:30:00+08:00, got "yesterday"',
    });
    expect(errors.find((c) => c.properties.title === 'internal error in rule backup-health')?.properties).toEqual({ file: '/srv/audits/globex.yaml', title: 'internal error in rule backup-health' });
  });

  it('states the evidence in a log group and cannot be hijacked by a file name', () => {
    const report = fixtureReport();
    report.files[3]!.file = `${CONFIG_FILE}\n::error::pwned`;
    const out = lines(formatGithub(report, fixtureContext()));
    expect(out[0]).toBe('::group::clausecheck evidence');
    expect(out[1]).toBe(`clausecheck 0.1.0 · agreement aliyun-service-agreement@2020-09-24 · as of ${AS_OF}`);
    for (const f of report.files) expect(out.some((l) => l.startsWith(`sha256 ${f.sha256}  `))).toBe(true);
    expect(out).toContain('::endgroup::');
    expect(out.filter((l) => l.startsWith('::')).every((l) => /^::(group|endgroup|error|warning|notice)[ :]/.test(l))).toBe(true);
    expect(out.some((l) => l.startsWith('::error::'))).toBe(false);
    expect(out.at(-1)).toBe(`clausecheck: 4 fail, 4 warn, 2 pass, 2 skip in 4 files, 1 invalid (as of ${AS_OF})`);
  });
});

describe('github: hostile values', () => {
  const HOSTILE = '\u001b[2J\u001b]8;;https://evil\u0007x\u001b]8;;\u0007\b\r\u009b31m\u202egnp.\u2066\n::error file=forged.yaml::all clear';

  it('shows control and bidi characters from every field as \\uXXXX, never raw, and no value starts a line', () => {
    const report = fixtureReport();
    for (const file of report.files) {
      file.file = `${file.file}${HOSTILE}`;
      for (const e of file.errors) e.message += HOSTILE;
      for (const e of file.internalErrors ?? []) e.message += HOSTILE;
      for (const f of file.findings) {
        f.message += HOSTILE;
        f.subject += HOSTILE;
        if (f.waived) f.waived = { ...f.waived, reason: f.waived.reason + HOSTILE, owner: f.waived.owner + HOSTILE, reference: HOSTILE };
      }
    }
    const out = formatGithub(report, fixtureContext());
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    for (const line of lines(out)) expect(line).toMatch(/^(::(group|endgroup|error|warning|notice)[ :]|sha256 |clausecheck[ :])/);
    expect(out).not.toMatch(/(^|\n|%0A)::error file=forged/);
    const notice = commands(out).find((c) => c.command === 'notice')!;
    expect(notice.message).toContain(`\n${'waived by li.wei@example.com'}`);
    expect(notice.message).toContain('\\u001b[2J\\u001b]8;;https://evil\\u0007x\\u001b]8;;\\u0007\\u0008\\u000d\\u009b31m\\u202egnp.\\u2066\\u000a::error file=forged.yaml::all clear');
  });
});

describe('github: step summary', () => {
  it('is Markdown with the evidence, the summary table and the findings', () => {
    const md = githubStepSummary(fixtureReport(), fixtureContext());
    expect(md.startsWith('## clausecheck\n')).toBe(true);
    expect(md).toContain(`as of \`${AS_OF}\``);
    for (const f of fixtureReport().files) expect(md).toContain(`\`${f.sha256}\``);
    expect(md).toContain('| profiles/华东 客户/acme,inc.yaml | ❌ fail | 3 | 2 | 2 | 1 |');
    expect(md).toContain('Order 211234567890001 lapsed unpaid');
    expect(md).not.toContain('Cut to stay under');
  });

  it('stays under 1 MB of UTF-8 for a huge report and says what it cut', () => {
    const md = githubStepSummary(largeReport(400, 40), fixtureContext());
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT);
    expect(md).toMatch(/Cut to stay under 1,000,000 bytes:\*\* [\d,]+ findings in [\d,]+ files are not listed/);
  });
});
