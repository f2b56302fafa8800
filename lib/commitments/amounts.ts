/** A sum of money as newsrooms write it: "£10m", "£1.2m", "£500,000", "£10 million", "£7bn", "£250k". */
const AMOUNT = /£\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(bn|billion|m|million|k)?\b/i;
const MULTIPLIERS: Record<string, number> = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3 };
/** "multi-million pound", "millions of pounds": money promised without a figure. */
const UNSPECIFIED = /\bmulti-?million(?:-| )pounds?\b|\bmillions of pounds\b/i;

export function parseAmount(text: string): { amount?: number; amountUnspecified?: boolean } {
  const match = AMOUNT.exec(text);
  if (match) {
    const value = Number((match[1] as string).replace(/,/g, ''));
    const multiplier = MULTIPLIERS[(match[2] ?? '').toLowerCase()] ?? 1;
    return { amount: Math.round(value * multiplier) };
  }
  return UNSPECIFIED.test(text) ? { amountUnspecified: true } : {};
}
