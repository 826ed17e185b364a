/** The facts a message states: instants and dates, amounts, and every other number, as a sorted set. */

const INSTANT = /\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})? \+08:00)?/g;
const AMOUNT = /-?¥[\d,]+\.\d{2}/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Every instant, amount and number in a text (numbers without thousands separators), sorted and deduplicated. */
export function factsOf(text: string): string[] {
  const found = new Set<string>();
  let rest = text.replace(INSTANT, (m) => (found.add(m), ' '));
  rest = rest.replace(AMOUNT, (m) => (found.add(m), ' '));
  for (const m of rest.matchAll(NUMBER)) found.add(m[0].replace(/,(?=\d{3})/g, ''));
  return [...found].sort();
}
