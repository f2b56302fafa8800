/**
 * A sum of money as newsrooms write it: "£10m", "£1.2m", "£500,000", "£10 million", "£7bn", "£250k", and
 * with its pence: "£17.50", "£1,234.56" (a council tax bill or a fee).
 */
const AMOUNT = /£\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(bn|billion|m|million|k)?\b/i;
const MULTIPLIERS: Record<string, number> = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3 };
/** "multi-million pound", "millions of pounds": money promised without a figure. */
const UNSPECIFIED = /\bmulti-?million(?:-| )pounds?\b|\bmillions of pounds\b/i;

/**
 * The sum a statement names. With `from`, where its words of promise start, the first sum from there: "the
 * £25m project will go ahead after the council agreed to find the final £6m" promises £6m; a sentence
 * whose sum comes before its promise ("£4m will be spent") still gives that sum.
 */
export function parseAmount(text: string, from = 0): { amount?: number; amountUnspecified?: boolean } {
  const match = AMOUNT.exec(text.slice(from)) ?? AMOUNT.exec(text);
  if (match) {
    const value = Number((match[1] as string).replace(/,/g, ''));
    const multiplier = MULTIPLIERS[(match[2] ?? '').toLowerCase()] ?? 1;
    // To the penny, not the pound: "£17.50" was shown as £18.
    return { amount: Math.round(value * multiplier * 100) / 100 };
  }
  return UNSPECIFIED.test(text) ? { amountUnspecified: true } : {};
}

/** "£500,000", "£17.50": every pound, and the pence when there are any, as the reader would type it. */
export function formatPoundsInFull(amount: number): string {
  const pence = Number.isInteger(amount) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return `£${amount.toLocaleString('en-GB', pence)}`;
}
