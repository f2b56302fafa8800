import type { Judgement } from '../schema';
import { parseDate } from './dates';
import { BuildError } from './errors';
import { type Area, EVENT_TYPES, type EventType, type Observation } from './events';
import { isPostReformMarker, parseJudgement } from './judgements';
import type { Table } from './table';

/** Frameworks a blank-typed scraped report may belong to (SIF reports were still published in 2018). */
const ANY_INSPECTION = [
  'slac',
  'slac-reinspection-safeguarding',
  'slac-reinspection-lac',
  'cpi',
  'cpri',
  'tlac',
  'sif',
  'sif-reinspection',
  'ilacs',
];

const GRADE_COLUMNS: Array<[string, Area]> = [
  ['impact_of_leaders_grade', 'leaders'],
  ['help_and_protection_grade', 'helpAndProtection'],
  ['in_care_grade', 'inCare'],
  ['care_leavers_grade', 'careLeavers'],
];

/**
 * Reads the scraped index of Ofsted report PDFs (ofsted_csc_ilacs_history.csv). Rows after the April 2026
 * reform have no overall grade ("not_reported_post_reform") and become report cards. Rows without a
 * framework say only "a children's services inspection", which can be any framework, so such a row only
 * ever confirms an event an official file records.
 */
export function observationsFromScraped(
  table: Table,
  source: string,
  authorityOfUrn: (urn: string) => string | undefined,
): Observation[] {
  return table.rows.map((row) => {
    const cell = (column: string) => {
      const value = row.cells[column];
      if (value === undefined) throw new BuildError(`column "${column}" is missing`, row.where);
      return value;
    };
    const urn = cell('urn');
    const authority = authorityOfUrn(urn);
    if (!authority)
      throw new BuildError(`URN ${urn} ("${cell('local_authority')}") is not in the URN lookup`, row.where);
    const publishedDate = parseDate(cell('publication_date'), row.where);
    const startDate = parseDate(cell('inspection_start_date'), row.where);
    const endDate = parseDate(cell('inspection_end_date'), row.where);
    const framework = cell('inspection_framework').trim().toLowerCase();
    const postReform = isPostReformMarker(cell('overall_effectiveness_grade'));

    let type: EventType | undefined;
    if (postReform) type = framework === 'short' ? 'report-card-short' : 'report-card-standard';
    else if (framework === 'standard') type = 'ilacs-standard';
    else if (framework === 'short') type = 'ilacs-short';
    const families = type ? [EVENT_TYPES[type].family] : ANY_INSPECTION;

    // ILACS has one "requires improvement" grade, "to be good"; the 2026 wording is kept as scraped.
    const requiresImprovement: Judgement = postReform
      ? 'Requires improvement'
      : 'Requires improvement to be good';
    const grade = (column: string) => parseJudgement(cell(column), row.where, { requiresImprovement });
    const judgements: Partial<Record<Area, Judgement>> = {};
    // Without a framework the scraper's columns may not fit the areas judged; only the overall grade compares.
    if (type) {
      for (const [column, area] of GRADE_COLUMNS) {
        const judgement = grade(column);
        if (judgement) judgements[area] = judgement;
      }
    }
    return {
      authority,
      type,
      families,
      startDate,
      endDate,
      publishedDate,
      overall: grade('overall_effectiveness_grade'),
      noOverallGrade: postReform || undefined,
      judgements,
      reportUrl: cell('inspection_link') || undefined,
      source,
      where: row.where,
    };
  });
}
