import type { Authority, Inspection, Pack } from '../../../lib/pack/schema';

/**
 * An invented pack for lookup and CLI tests: a metropolitan borough with a history, a county and one of
 * its districts, a former county, a Welsh council. Names and ratings are made up.
 */
const england = { nation: 'England' as const, formerCodes: [] as string[] };

const authorities: Authority[] = [
  {
    ...england,
    code: 'E99000001',
    registryCode: 'ALD',
    name: 'Alderbury Metropolitan Borough Council',
    shortName: 'Alderbury',
    aliases: ['Alderbury Council', 'Aldy'],
    type: 'Metropolitan district',
    region: 'North West',
    otherCodes: ['E99000091'],
    childrensServices: {
      kind: 'self',
      ofstedUrn: '99001',
      dfeCode: '901',
      ofstedUrl: 'https://reports.ofsted.gov.uk/provider/44/99001',
      statisticalNeighbours: ['E99000002'],
    },
  },
  {
    ...england,
    code: 'E99000002',
    registryCode: 'ASH',
    name: 'Ashshire County Council',
    shortName: 'Ashshire',
    aliases: [],
    type: 'County',
    region: 'North West',
    childrensServices: { kind: 'self', ofstedUrn: '99002', dfeCode: '902', statisticalNeighbours: [] },
  },
  {
    ...england,
    code: 'E99000003',
    registryCode: 'BRK',
    name: 'Brookfield Borough Council',
    shortName: 'Brookfield',
    aliases: [],
    type: 'Non-metropolitan district',
    childrensServices: { kind: 'county', authority: 'E99000002' },
  },
  {
    ...england,
    code: 'E99000004',
    registryCode: 'OLD',
    name: 'Old Shire County Council',
    shortName: 'Old Shire',
    aliases: [],
    type: 'County',
    formerCodes: ['E99000084'],
    childrensServices: { kind: 'self', statisticalNeighbours: [] },
    ended: { date: '2019-03-31', replacedBy: ['E99000005'] },
  },
  {
    ...england,
    code: 'E99000005',
    registryCode: 'NSH',
    name: 'New Shire Council',
    shortName: 'New Shire',
    aliases: ['Old Shire'],
    type: 'Unitary authority',
    childrensServices: { kind: 'self', statisticalNeighbours: [] },
  },
  {
    code: 'W99000001',
    registryCode: 'CWM',
    name: 'Cwm County Borough Council',
    shortName: 'Cwm',
    aliases: [],
    type: 'Welsh unitary authority',
    nation: 'Wales',
    formerCodes: [],
    childrensServices: {
      kind: 'inspectorate',
      name: 'Care Inspectorate Wales',
      url: 'https://www.careinspectorate.wales',
    },
  },
  {
    code: 'N99000001',
    registryCode: 'LGH',
    name: 'Lough City Council',
    shortName: 'Lough',
    aliases: [],
    type: 'Northern Irish district',
    nation: 'Northern Ireland',
    formerCodes: [],
    childrensServices: {
      kind: 'inspectorate',
      name: 'RQIA (Regulation and Quality Improvement Authority)',
      url: 'https://www.rqia.org.uk',
      runBy: 'Health and Social Care Trusts',
    },
  },
];

function inspection(facts: Partial<Inspection> & Pick<Inspection, 'id' | 'kind' | 'label'>): Inspection {
  return {
    authority: 'E99000001',
    framework: 'ILACS',
    subJudgements: [],
    official: true,
    sources: [{ source: 'invented', sheet: 'History', row: 4 }],
    ...facts,
  };
}

const inspections: Inspection[] = [
  inspection({
    id: 'E99000001:full:2025-06-23',
    kind: 'full',
    label: 'Full inspection (ILACS standard)',
    startDate: '2025-06-23',
    publishedDate: '2025-08-12',
    overall: 'Good',
    official: false,
    reportUrl: 'https://files.example/report.pdf',
    sources: [{ source: 'scraped', sheet: 'index.csv', row: 7 }],
  }),
  inspection({
    id: 'E99000001:full:2016-06-27',
    kind: 'full',
    framework: 'SIF',
    label: 'Single inspection (SIF)',
    publishedDate: '2016-06-27',
    overall: 'Requires improvement to be good',
  }),
  inspection({
    id: 'E99000001:monitoring-visit:2023-02-21',
    kind: 'monitoring-visit',
    label: 'Monitoring visit',
    theme: 'Front door',
    startDate: '2023-02-21',
  }),
  inspection({
    id: 'E99000001:full:2022-02-21',
    kind: 'full',
    label: 'Full inspection (ILACS standard)',
    startDate: '2022-02-21',
    publishedDate: '2022-05-09',
    overall: 'Inadequate',
    subJudgements: [
      {
        area: 'The impact of leaders on social work practice with children and families',
        judgement: 'Inadequate',
      },
    ],
  }),
  inspection({
    id: 'E99000002:full:2023-01-09',
    authority: 'E99000002',
    kind: 'full',
    label: 'Full inspection (ILACS standard)',
    startDate: '2023-01-09',
    overall: 'Outstanding',
  }),
];

export function lookupPack(): Pack {
  return {
    meta: {
      version: 'test-lookup',
      builtAt: '2026-01-01T00:00:00Z',
      sources: [
        {
          id: 'invented',
          publisher: 'Council Lens tests',
          title: 'Invented official file',
          published: '2025-09-25',
          licence: 'MIT',
          official: true,
        },
        {
          id: 'scraped',
          publisher: 'Council Lens tests',
          title: 'Invented scraped index',
          licence: 'MIT',
          official: false,
        },
      ],
      knownGaps: ['This pack is invented for tests.'],
    },
    authorities,
    inspections,
  };
}
