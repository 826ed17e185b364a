import type { Formatter } from '../../contract/report.js';

/** The JSON report (report-format.md) with a final newline: compact, or with two-space indentation when `pretty`. */
export const formatJson: Formatter = (report, context) => `${context.pretty ? JSON.stringify(report, null, 2) : JSON.stringify(report)}\n`;
