import type { Formatter } from '../../contract/report.js';

/** The JSON report (report-format.md), pretty-printed, with a final newline. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
