import { BuildError, type Location } from './errors';

const DAY_MS = 86_400_000;

function iso(year: number, month: number, day: number, text: string, where: Location): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new BuildError(`"${text}" is not a real date`, where);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Reads the date shapes the raw files use: ISO (decoded date cells), dd/mm/yyyy and the scraped index's
 * dd/mm/yy (always 20yy: its reports run from 2012). Blank gives undefined; anything else stops the build.
 */
export function parseDate(text: string, where: Location): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const isoMatch = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]), value, where);
  const ukMatch = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
  if (ukMatch) {
    const year = Number(ukMatch[3]);
    return iso(year < 100 ? 2000 + year : year, Number(ukMatch[2]), Number(ukMatch[1]), value, where);
  }
  throw new BuildError(`"${value}" is not a date this build understands`, where);
}

/** Whole days from a to b (ISO dates); negative when b is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
