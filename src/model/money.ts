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

/** Decimal string with two decimals (rounded to the fen), e.g. `1234.56`, for report data. */
export function toDecimalString(amount: Money): string {
  const fen = divRound(amount, FEN);
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / 100n;
  const cents = String(abs % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** Display form for messages, e.g. `¥1,234.56` or `-¥20.00`. */
export function formatMoney(amount: Money): string {
  const text = toDecimalString(amount);
  const negative = text.startsWith('-');
  const [whole, cents] = (negative ? text.slice(1) : text).split('.') as [string, string];
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
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
