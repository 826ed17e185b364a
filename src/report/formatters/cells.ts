/** Text made safe for one Markdown table cell or one CSV field: for the report formatters and the agenda's, without loading either. */

/**
 * Inline text, safe in a table cell: Markdown and HTML specials escaped, line breaks as `<br>`, and
 * nothing GitHub turns into a link or a notification (`@name`, `https://…`, `www.…`).
 */
export function mdText(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/@/g, '&#64;')
    .replace(/:\/\//g, '&#58;//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}&#46;`);
}

/** Prefixes `'` to a cell a spreadsheet would run as a formula (OWASP); numbers and `-` stay. */
export function guardFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value) || value === '-' || /^[-+]?\d[\d.,]*$/.test(value)) return value;
  return `'${value}`;
}

/** One field per RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
