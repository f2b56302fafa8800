import { describe, expect, it } from 'vitest';
import { observationsFromScraped } from '../../../lib/pack/build/scraped';
import { tableFromCsv } from '../../../lib/pack/build/table';

const HEADER =
  'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';

const read = (...lines: string[]) =>
  observationsFromScraped(tableFromCsv([HEADER, ...lines].join('\n'), 'index.csv'), 'scraped', (urn) =>
    urn === '99001' ? 'E99000001' : undefined,
  );

describe('reading the scraped index of report PDFs', () => {
  it('reads a standard inspection with its dates, grades and the report link', () => {
    const [row] = read(
      '99001,alderbury,https://files.example/1,report.pdf,12/08/25,standard,A Inspector,23/06/2025,04/07/2025,good,good,requires improvement,good,good,1',
    );
    expect(row).toMatchObject({
      authority: 'E99000001',
      type: 'ilacs-standard',
      startDate: '2025-06-23',
      endDate: '2025-07-04',
      publishedDate: '2025-08-12',
      overall: 'Good',
      judgements: { helpAndProtection: 'Requires improvement to be good', careLeavers: 'Good' },
      reportUrl: 'https://files.example/1',
      source: 'scraped',
    });
  });

  it('makes a post-2026 report a report card with no overall grade, keeping the scraped wording', () => {
    const [row] = read(
      '99001,alderbury,https://files.example/2,report.pdf,07/07/26,short,A Inspector,11/05/2026,22/05/2026,not_reported_post_reform,requires improvement,good,good,good,1',
    );
    expect(row).toMatchObject({ type: 'report-card-short', overall: undefined, noOverallGrade: true });
    expect(row?.judgements.leaders).toBe('Requires improvement');
  });

  it('lets a report of unstated framework match any inspection, comparing only its overall grade', () => {
    const [row] = read(
      '99001,alderbury,https://files.example/3,report.pdf,27/06/16,,,,,data_unreadable,good,good,good,good,1',
    );
    expect(row?.type).toBeUndefined();
    expect(row?.families).toEqual(expect.arrayContaining(['sif', 'slac', 'ilacs']));
    expect(row?.judgements).toEqual({});
  });

  it('fails on a URN the lookup does not have', () => {
    expect(() => read('12345,nowhere,,x.pdf,01/01/25,standard,,,,good,good,good,good,good,1')).toThrow(
      'URN 12345 ("nowhere") is not in the URN lookup (index.csv, row 2)',
    );
  });
});
