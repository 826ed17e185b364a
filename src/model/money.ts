/**
 * Exact money: amounts are bigint counts of micro-yuan (10^-6 CNY), the finest unit the
 * profile format allows. Never binary floating point; divide last; round half away from zero.
 */

/** An exact amount of CNY in micro-yuan. */
export type Money = bigint;

/** Micro-yuan in one yuan. */
export const YUAN: Money = 1_000_000n;
/** Micro-yuan in one fen (0.01 CNY), the unit shown and compared. */
export const FEN: Money = 10_000n;

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d{1,6}))?$/;

/** Parses a decimal string with at most six decimals; returns undefined when it is not one. */
export function parseMoney(text: string): Money | undefined {
  const m = DECIMAL_RE.exec(text);
  if (!m) return undefined;
  // The digits with the decimals padded to six are the micro-yuan: one exact conversion.
  const micro = BigInt(`${m[2]!}${(m[3] ?? '').padEnd(6, '0')}`);
  return m[1] === '-' ? -micro : micro;
}

/** Integer division rounding half away from zero. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator < 0n) return divRound(-numerator, -denominator);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -q : q;
}

/** Rounds micro-yuan to whole fen (half away from zero), still in micro-yuan. */
export function roundToFen(amount: Money): Money {
  return divRound(amount, FEN) * FEN;
}

/** A ratio applied exactly and rounded to the fen: amount × numerator / denominator. */
export function scaleToFen(amount: Money, numerator: bigint, denominator: bigint): Money {
  return divRound(amount * numerator, denominator * FEN) * FEN;
}

/** `00` to `99`: the cents of every amount shown. */
const CENTS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** The sign and the whole yuan and cents of an amount rounded to the fen (half away from zero). */
const shown = { negative: false, whole: '', cents: '' };

/** Sets `shown` from an amount, in bigint arithmetic only (money never passes through a binary float). */
function setShown(amount: Money): void {
  const fen = divRound(amount, FEN);
  shown.negative = fen < 0n;
  const abs = shown.negative ? -fen : fen;
  shown.whole = String(abs / 100n);
  shown.cents = CENTS[Number(abs % 100n)]!;
}

/** Decimal string with two decimals (rounded to the fen), e.g. `1234.56`, for report data. */
export function toDecimalString(amount: Money): string {
  setShown(amount);
  return `${shown.negative ? '-' : ''}${shown.whole}.${shown.cents}`;
}

/** Display form for messages, e.g. `¥1,234.56` or `-¥20.00`. */
export function formatMoney(amount: Money): string {
  setShown(amount);
  const whole = shown.whole;
  let grouped = whole;
  if (whole.length > 3) {
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let at = head; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  }
  return `${shown.negative ? '-¥' : '¥'}${grouped}.${shown.cents}`;
}

/** The smaller of two amounts. */
export function minMoney(a: Money, b: Money): Money {
  return a < b ? a : b;
}

/** The sum of amounts. */
export function sumMoney(amounts: Iterable<Money>): Money {
  let total = 0n;
  for (const a of amounts) total += a;
  return total;
}
