import { formatPoundsInFull } from '../../lib/commitments/amounts';

/** Made on first use, not as the content script loads (see the segmenter in lib/commitments/sentences.ts). */
let DATE: Intl.DateTimeFormat | undefined;

/** "21 February 2022" from an ISO date; what a reader in the UK expects. */
export function formatDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  DATE ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return DATE.format(date);
}

const UNITS: [number, string][] = [
  [1e9, 'bn'],
  [1e6, 'm'],
];

/**
 * "£10m", "£1.2m", "£7bn", "£500,000": money the way UK newsrooms write it (and the same in every
 * browser, unlike Intl's compact notation, whose output differs between ICU versions).
 */
export function formatPounds(amount: number): string {
  for (const [size, unit] of UNITS) {
    if (amount >= size) return `£${Number((amount / size).toFixed(1))}${unit}`;
  }
  return formatPoundsInFull(amount);
}
