import type { Judgement } from '../schema';
import { BuildError, describeLocation, type Location } from './errors';

const WORDS: Record<string, Judgement> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires improvement to be good': 'Requires improvement to be good',
  adequate: 'Adequate',
  inadequate: 'Inadequate',
  'not judged': 'Not judged',
};

/**
 * Cell values that say "no judgement here" rather than naming one. Ofsted writes a dash where an area
 * was not judged for that council (the City of London's SIF adoption judgement); the scraped index
 * writes markers where its PDF parser found nothing. They are absences, not grades.
 */
const NO_JUDGEMENT = new Set([
  '',
  '-',
  'data_unreadable',
  'inspection_pre_dates_judgement',
  'not_reported_post_reform',
]);

/**
 * Ofsted's numeric grades (1 to 4). The 2022 edition has one left in a SLAC column (Warrington) that the
 * 2023 edition words "Requires improvement to be good"; the files word grade 3 that way throughout.
 */
const NUMERIC: Record<string, Judgement> = {
  '1': 'Outstanding',
  '2': 'Good',
  '3': 'Requires improvement to be good',
  '4': 'Inadequate',
};

export interface JudgementWording {
  /**
   * What a bare "requires improvement" means. The scraper shortens ILACS's "Requires improvement to be
   * good" (ILACS has no other RI grade); for post-2026 report cards the wording is kept as written.
   */
  requiresImprovement: Judgement;
}

/**
 * Normalises a judgement word into the schema's picklist, or undefined when the cell holds none.
 * An unknown word stops the build with its file, sheet, row and the word itself: a rating is never guessed.
 */
export function parseJudgement(
  text: string,
  where: Location,
  wording: JudgementWording = { requiresImprovement: 'Requires improvement' },
  onNumeric?: (message: string) => void,
): Judgement | undefined {
  const word = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (NO_JUDGEMENT.has(word)) return undefined;
  const known = WORDS[word];
  if (known) return known;
  const numeric = NUMERIC[word];
  if (numeric) {
    onNumeric?.(`numeric grade "${word}" read as "${numeric}" (${describeLocation(where)})`);
    return numeric;
  }
  // The scraper sometimes keeps the "to" of "…improved from inadequate to requires improvement".
  if (word === 'requires improvement' || word === 'to requires improvement')
    return wording.requiresImprovement;
  throw new BuildError(`Unknown judgement word "${text.trim()}"`, where);
}

/** Whether the scraped index marked an overall grade as absent because the 2026 framework has none. */
export function isPostReformMarker(text: string): boolean {
  return text.trim().toLowerCase() === 'not_reported_post_reform';
}
