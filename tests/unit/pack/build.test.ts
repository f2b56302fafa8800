import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { buildPack, type RawInputs } from '../../../lib/pack/build/build';
import { type OFSTED_WORKBOOKS, SOURCES } from '../../../lib/pack/build/sources';

// A whole (tiny, invented) set of raw files: the build's wiring from files to a validated pack.
const IN_YEAR = [
  'Web link',
  'Local authority name',
  'Inspection/Visit date',
  'Inspection/Visit type',
  'Overall effectiveness',
  'Visit Theme',
];

function workbook(sheets: Record<string, unknown[][]>): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return book;
}

function rawInputs(extraInYearRows: unknown[][] = []): RawInputs {
  const empty = [['Web link', 'Local authority name']];
  const sheetsOf = (key: (typeof OFSTED_WORKBOOKS)[number]) =>
    Object.fromEntries(SOURCES[key].sheets.map(([name]) => [name, empty]));
  return {
    workbooks: {
      ofsted2025: workbook({
        ...sheetsOf('ofsted2025'),
        Inspections_as_at_31_March: [
          [
            'Web link',
            'Local authority area code',
            'Local authority name',
            'Inspection date',
            'Publication date',
            'Overall effectiveness',
          ],
          ['Ofsted page', 'E99000001', 'Alderbury', '21/02/2022', '09/05/2022', 'Inadequate'],
        ],
        ILACS_inspection_history: [
          [
            'Web link',
            'Local authority area code',
            'Local authority name',
            'Local authority status',
            'Inspection date',
            'Publication date',
            'Inspection type',
            'Overall effectiveness',
          ],
          [
            'Ofsted page',
            'E99000001',
            'Alderbury',
            'Current',
            '21/02/2022',
            '09/05/2022',
            'ILACS Standard Inspection',
            'Inadequate',
          ],
        ],
      }),
      ofsted2024: workbook(sheetsOf('ofsted2024')),
      ofsted2023: workbook({
        ...sheetsOf('ofsted2023'),
        'LA_level_in_year_2022-23': [
          IN_YEAR,
          ['Ofsted page', 'Alderbury Council', '21/02/2023', 'LA Monitoring visit', '', 'Front door'],
          ...extraInYearRows,
        ],
      }),
      ofsted2022: workbook(sheetsOf('ofsted2022')),
    },
    csv: {
      gazetteer: [
        'local-authority-code,official-name,nice-name,gss-code,end-date,replaced-by,nation,region,local-authority-type,local-authority-type-name,county-la,alt-names,former-gss-codes,current-authority,old-ons-la-code',
        'ALD,Alderbury Metropolitan Borough Council,Alderbury,E99000001,,,England,North West,MD,Metropolitan district,,"Alderbury,alderbury council",,True,901',
        'ASH,Ashshire County Council,Ashshire,E99000002,,,England,North West,CTY,County,,Ashshire,,True,902',
        'BRK,Brookfield Borough Council,Brookfield,E99000003,,,England,North West,NMD,Non-metropolitan district,ASH,Brookfield,,True,',
        'CWM,Cwm Council,Cwm,W99000001,,,Wales,Wales,WPA,Welsh unitary authority,,Cwm,,True,',
      ].join('\n'),
      gazetteerNames: 'la-name,local-authority-code\nAlderbury Council,ALD\n',
      scrapedLookup:
        'urn,la_code,la_code_new,stat_neighbours,local_authority_ons_name\n99001,901,E99000001,902,Alderbury\n99002,902,E99000002,901,Ashshire\n',
      scrapedHistory: [
        'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version',
        '99001,alderbury,https://files.example/2,r.pdf,12/08/25,standard,,23/06/2025,04/07/2025,good,good,requires improvement,good,good,1',
        '99001,alderbury,https://files.example/1,r.pdf,09/05/22,standard,,21/02/2022,04/03/2022,inadequate,inadequate,inadequate,inadequate,inspection_pre_dates_judgement,1',
      ].join('\n'),
    },
  };
}

describe('building the pack from the raw files', () => {
  it('builds a valid pack of every council and one record per event', () => {
    const { pack, report } = buildPack(rawInputs(), '2026-01-01T10:00:00.000Z');
    expect(pack.authorities.map((authority) => authority.code)).toEqual([
      'E99000001',
      'E99000002',
      'E99000003',
      'W99000001',
    ]);
    expect(pack.inspections.map((inspection) => [inspection.id, inspection.official])).toEqual([
      ['E99000001:full:2022-02-21', true],
      ['E99000001:monitoring-visit:2023-02-21', true],
      ['E99000001:full:2025-06-23', false],
    ]);
    expect(pack.inspections[0]?.reportUrl).toBe('https://files.example/1');
    expect(pack.meta.sources.map((source) => source.id)).toContain('ofsted-la-outcomes-2025');
    expect(report.format()).toContain('Names that could not be matched: none');
  });

  it('gives the same version whenever the content is the same, whatever the build time', () => {
    const first = buildPack(rawInputs(), '2026-01-01T10:00:00.000Z').pack;
    const second = buildPack(rawInputs(), '2026-03-05T12:00:00.000Z').pack;
    expect(second.meta.version).toBe(first.meta.version);
    expect(first.meta.version).toMatch(/^2025\.08\.12-[0-9a-f]{8}$/);
    const changed = buildPack(
      rawInputs([['Ofsted page', 'Alderbury', '01/03/2023', 'ILACS Focused Visit', '', 'Care leavers']]),
      'x',
    );
    expect(changed.pack.meta.version).not.toBe(first.meta.version);
  });

  it('fails loudly on authority names it cannot match, listing every one with where it is', () => {
    const rows = [
      ['Ofsted page', 'Atlantis', '01/03/2023', 'ILACS Focused Visit', '', 'Care leavers'],
      ['Ofsted page', 'Brookfield', '02/03/2023', 'ILACS Focused Visit', '', 'Care leavers'],
    ];
    expect(() => buildPack(rawInputs(rows), 'x')).toThrow(
      /2 authority names match no council:\n {2}"Atlantis" in .*Childrens_social_care_in_England_2023_underlying_data\.ods, LA_level_in_year_2022-23, row 3\n {2}"Brookfield"/,
    );
  });

  it('fails on an unknown judgement word, naming file, sheet, row and word', () => {
    const rows = [['Ofsted page', 'Alderbury', '01/03/2023', 'ILACS Standard Inspection', 'Splendid', '']];
    expect(() => buildPack(rawInputs(rows), 'x')).toThrow(
      /Unknown judgement word "Splendid" \(.*Childrens_social_care_in_England_2023_underlying_data\.ods, sheet LA_level_in_year_2022-23, row 3\)/,
    );
  });
});
