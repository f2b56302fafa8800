import { describe, expect, it } from 'vitest';
import {
  observationsFromTable,
  type ResolveAuthority,
  type SheetLayout,
} from '../../../lib/pack/build/ofsted';
import type { Table } from '../../../lib/pack/build/table';

/** Invented authorities: names map to codes; "Old Shire" exists only as a former council. */
const CODES: Record<string, string> = { Alderbury: 'E99000001', Brookfield: 'E99000002' };
const resolve: ResolveAuthority = (_row, name, code, former) =>
  code ?? (former && name === 'Old Shire' ? 'E99000009' : CODES[name]);

function table(headers: string[], rows: string[][], title?: string): Table {
  return {
    headers,
    title,
    rows: rows.map((values, i) => ({
      where: { file: 'invented.ods', sheet: 'Sheet', row: i + 4 },
      cells: Object.fromEntries(headers.map((header, c) => [header, values[c] ?? ''])),
      links: {},
    })),
  };
}

const read = (layout: SheetLayout, input: Table) =>
  observationsFromTable({ table: input, layout, source: 'invented', resolve });

describe('reading an in-year sheet', () => {
  const headers = [
    'Web link',
    'Local authority area code',
    'Local authority name',
    'Region',
    'Inspection/Visit date',
    'Publication date',
    'Inspection/Visit type',
    'Overall effectiveness',
    'The impact of leaders on social work practice with children and families',
    'The experiences and progress of children who need help and protection',
    'The experiences and progress of children in care',
    'The experiences and progress of care leavers',
    'Visit Theme',
  ];

  it('gives each row its type, dates, judgements and theme', () => {
    const [visit, inspection] = read(
      'in-year',
      table(headers, [
        [
          'Ofsted page',
          'E99000001',
          'Alderbury',
          'North West',
          '2024-06-25',
          '2024-07-25',
          'LA Monitoring visit',
          '',
          '',
          '',
          '',
          '',
          'Front  door',
        ],
        [
          'Ofsted page',
          '',
          'Brookfield',
          'North West',
          '03/03/2025',
          '23/04/2025',
          'ILACS Standard Inspection',
          'Good',
          'Good',
          'Requires improvement to be good',
          'Good',
          'Inadequate',
          '',
        ],
      ]),
    );
    expect(visit).toMatchObject({
      authority: 'E99000001',
      type: 'monitoring-visit',
      families: ['visit'],
      startDate: '2024-06-25',
      publishedDate: '2024-07-25',
      theme: 'Front door',
      judgements: {},
    });
    expect(inspection).toMatchObject({
      authority: 'E99000002',
      type: 'ilacs-standard',
      overall: 'Good',
      judgements: {
        leaders: 'Good',
        helpAndProtection: 'Requires improvement to be good',
        inCare: 'Good',
        careLeavers: 'Inadequate',
      },
      where: { file: 'invented.ods', sheet: 'Sheet', row: 5 },
    });
  });

  it('fails on an inspection type it does not know, naming the row', () => {
    const rows = [
      [
        'Ofsted page',
        '',
        'Alderbury',
        '',
        '2024-06-25',
        '',
        'Joint targeted area inspection',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ];
    expect(() => read('in-year', table(headers, rows))).toThrow(
      'Unknown inspection type "Joint targeted area inspection" (invented.ods, sheet Sheet, row 4)',
    );
  });

  it('fails when the sheet has a column it does not know, rather than dropping a fact', () => {
    const rows = [
      [
        'Ofsted page',
        '',
        'Alderbury',
        '',
        '2024-06-25',
        '',
        'ILACS Focused Visit',
        '',
        '',
        '',
        '',
        '',
        '',
        'x',
      ],
    ];
    expect(() => read('in-year', table([...headers, 'Joint targeted area inspection theme'], rows))).toThrow(
      /Unrecognised columns: "Joint targeted area inspection theme"/,
    );
  });
});

describe('reading a latest-judgement sheet', () => {
  const headers = [
    'Web link',
    'Local authority name',
    'Ofsted region',
    'Inspection date',
    'Overall effectiveness',
    'Impact of leaders',
  ];

  it('gives rows of unknown type that only confirm an inspection recorded elsewhere', () => {
    const [row] = read(
      'latest',
      table(headers, [['Ofsted page', 'Alderbury', 'London', '22/02/2016', 'Good', 'Good']]),
    );
    expect(row).toMatchObject({
      type: undefined,
      confirmsOnly: true,
      startDate: '2016-02-22',
      overall: 'Good',
    });
    expect(row?.families).toEqual(['ilacs', 'sif', 'sif-reinspection']);
  });

  it('records nothing for a council not yet inspected', () => {
    const rows = [['Ofsted page', 'Brookfield', 'London', 'Not yet inspected', '', '']];
    expect(read('latest', table(headers, rows))).toEqual([]);
  });
});

describe('reading the 2009 onwards history of every framework', () => {
  const headers = [
    'Web link',
    'Local authority name',
    'LA region',
    'LA Authority Type',
    'Safeguarding & Looked After Children (SLAC) Inspection publication date',
    'SLAC Safeguarding Overall effectiveness (OE)',
    'SLAC Looked After Children Overall Effectiveness (OE)',
    "Single Inspection of LA Children's Services (SIF) First SIF publication date",
    'First SIF Overall Judgement (OE)',
    'First SIF children who need help and protection',
    'First SIF CLA Sub: Adoption Performance',
    'LSCB Overall Effectiveness',
    'First ILACS framework inspection type',
    'First ILACS framework publication date',
    'First ILACS framework overall effectiveness',
    'First ILACS framework experiences and progress of children in care and care leavers',
    'Second ILACS framework inspection type',
    'Second ILACS framework publication date',
    'Second ILACS framework overall effectiveness',
  ];
  const row = [
    'Ofsted page',
    'Alderbury',
    'North West',
    'Unitary',
    '27/06/2011',
    'Requires improvement to be good',
    'Good',
    '27/06/2016',
    'Requires improvement to be good',
    'Requires improvement to be good',
    '-',
    'Inadequate',
    'ILACS Standard Inspection',
    '09/05/2022',
    'Inadequate',
    'Inadequate',
    '',
    '',
    '',
  ];

  it('gives one statement per framework the row fills, dated by publication', () => {
    const found = read('framework-history', table(headers, [row]));
    expect(found.map((observation) => observation.type)).toEqual(['slac', 'sif', 'ilacs-standard']);
    const [slac, sif, ilacs] = found;
    expect(slac).toMatchObject({
      publishedDate: '2011-06-27',
      startDate: undefined,
      overall: undefined,
      noOverallGrade: true,
      judgements: { slacSafeguarding: 'Requires improvement to be good', slacLookedAfter: 'Good' },
    });
    expect(sif).toMatchObject({
      publishedDate: '2016-06-27',
      overall: 'Requires improvement to be good',
      judgements: { sifHelpAndProtection: 'Requires improvement to be good', lscb: 'Inadequate' },
    });
    expect(sif?.judgements).not.toHaveProperty('sifAdoption');
    expect(ilacs).toMatchObject({
      publishedDate: '2022-05-09',
      overall: 'Inadequate',
      wideIlacs: { ordinal: 1 },
    });
  });

  it('reads the former authorities’ table in the former context', () => {
    const formerRow = [
      'Ofsted page',
      'Old Shire',
      'South West',
      'Shire County',
      '28/10/2011',
      'Good',
      'Good',
      ...row.slice(7),
    ];
    const found = read(
      'framework-history',
      table(headers, [formerRow], 'Table 11: authorities that existed before the restructure'),
    );
    expect(new Set(found.map((observation) => observation.authority))).toEqual(new Set(['E99000009']));
  });

  it('fails on a framework column group with judgements but no date', () => {
    const undated = [...row];
    undated[7] = '';
    expect(() => read('framework-history', table(headers, [undated]))).toThrow(
      /"sif" column group has facts but no date/,
    );
  });
});

describe('reading names', () => {
  it('skips a row whose name matches no council so that all such names can be reported together', () => {
    const headers = ['Web link', 'Local authority name', 'Inspection/Visit date', 'Inspection/Visit type'];
    expect(
      read('in-year', table(headers, [['Ofsted page', 'Atlantis', '2024-06-25', 'ILACS Focused Visit']])),
    ).toEqual([]);
  });
});
