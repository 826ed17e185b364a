/**
 * The JSON report, version 1, as a zod schema: the one place its shape is written down for tools.
 * schema/report.schema.json and `clausecheck schema --report` are generated from it, docs/report-format.md
 * describes it, and a type test keeps it equal to the Report type of report.ts.
 */
import { z } from 'zod';
import { rawUrl } from './version.js';

const yamlPath = z.array(z.union([z.string(), z.number().int().min(0)])).describe('keys and list indexes from the document root to the node');
const line = z.number().int().min(1).describe('1-based line of the node in the YAML');
const column = z.number().int().min(1).describe('1-based column of the node in the YAML');

const waived = z
  .strictObject({
    reason: z.string().describe('why the risk is accepted'),
    owner: z.string().describe('who accepted it'),
    expires: z.string().describe('the date or date-time the waiver ends, as written'),
    reference: z.string().optional().describe('the amendment, ticket or approval'),
  })
  .describe('present when a waiver covers the finding: it keeps its status but does not count toward the exit code');

const status = z.enum(['pass', 'warn', 'fail', 'skip']);

const baselineMark = z
  .strictObject({
    state: z.enum(['unchanged', 'updated', 'new']).describe('unchanged or updated (recorded with a worse status): baselined, not counted; new: counts'),
    recorded: status.optional().describe('the status the baseline recorded for this rule and subject'),
  })
  .describe('present on warn and fail findings when the run uses a baseline');

const finding = z.strictObject({
  rule: z.string().describe('the rule id, or waiver for findings about waivers'),
  status,
  clauses: z.array(z.string()).describe('clause numbers of the agreement, e.g. 3.2.1'),
  subject: z.string().describe('what the finding is about: an order, bill or key id, a user name, or account'),
  message: z.string().describe('the sentence people read'),
  path: yamlPath,
  line,
  column,
  data: z.record(z.string(), z.unknown()).describe('the computed facts behind the message; keys are camelCase, documented on each rule page'),
  waived: waived.optional(),
  baseline: baselineMark.optional(),
});

const error = z.strictObject({ message: z.string(), path: yamlPath, line, column });

const file = z.strictObject({
  file: z.string().describe('the path as given (relative to the working directory, / separators), or - for stdin'),
  sha256: z.string().regex(/^([0-9a-f]{64})?$/).describe("hex sha256 of the file's bytes (empty when it could not be read)"),
  valid: z.boolean().describe('false: the file could not be checked, and errors says why'),
  account: z
    .strictObject({ id: z.string().optional(), name: z.string().optional() })
    .optional()
    .describe("the profile's account id and name, each when the profile gives it (also for an invalid profile, when readable)"),
  errors: z.array(error).describe('every problem that made the file invalid, in document order'),
  findings: z.array(finding),
  notes: z.array(z.string()).optional().describe('remarks on the input, e.g. an old snapshot'),
  capturedAt: z.string().optional().describe("the profile's captured_at (RFC 3339, +08:00); only in agenda runs"),
  internalErrors: z
    .array(z.strictObject({ rule: z.string(), message: z.string() }))
    .optional()
    .describe('rules that failed on this file with an internal error (exit 2); the other rules still ran'),
  baselineFixed: z
    .array(z.strictObject({ rule: z.string(), subject: z.string(), status: status.describe('the status the baseline recorded') }))
    .optional()
    .describe('baseline entries of this file that no longer match a warn or fail finding: fixed'),
});

const count = z.number().int().min(0);

/** The schema of the whole JSON report. */
export const reportSchema = z
  .strictObject({
    version: z.literal(1).describe('the report format version'),
    tool: z.strictObject({ name: z.string().describe('clausecheck'), version: z.string().describe('the version that wrote the report') }),
    agreement: z.string().describe('the agreement version the rules check, e.g. aliyun-service-agreement@2020-09-24'),
    asOf: z.string().describe('the evaluation instant, RFC 3339 with +08:00'),
    files: z.array(file).describe('one entry per input file, and one per config or waivers file with findings about waivers'),
    summary: z
      .strictObject({
        files: count.describe('file entries'),
        invalid: count.describe('files that could not be checked'),
        pass: count,
        warn: count,
        fail: count,
        skip: count,
        waived: count.describe('findings a waiver covers; they are also counted under their status'),
      })
      .describe('counts over the whole run; findings are counted by status'),
    baseline: z
      .strictObject({
        file: z.string().describe('the baseline file as given'),
        baselined: count.describe('warn and fail findings no worse than recorded: shown, not counted'),
        new: count.describe('warn and fail findings not recorded, or worse than recorded: they count'),
        fixed: count.describe('baseline entries of checked files that no longer warn or fail'),
      })
      .optional()
      .describe('present when the run used a baseline'),
  })
  .describe('A clausecheck report (JSON, version 1).');

/** The JSON Schema of the report (draft 2020-12). */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportSchema, { io: 'output' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: rawUrl('schema/report.schema.json'), title: 'clausecheck report, version 1', ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')) };
}
