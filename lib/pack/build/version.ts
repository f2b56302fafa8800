import { createHash } from 'node:crypto';
import type { Pack } from '../schema';

/**
 * "2026.08.20-1a2b3c4d": the date of the newest fact in the pack, then a hash of the content. Neither
 * part depends on when the build ran, so rebuilding unchanged data gives the same version and the
 * extension does not reseed.
 */
export function packVersion(
  content: Omit<Pack, 'meta'> & { meta: Omit<Pack['meta'], 'version' | 'builtAt'> },
): string {
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8);
  const newest = content.inspections
    .flatMap((inspection) => [inspection.startDate, inspection.publishedDate, inspection.endDate])
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  if (!newest) throw new Error('A pack without a single dated inspection has no version date');
  return `${newest.replaceAll('-', '.')}-${hash}`;
}
