import type { PackMeta } from '../schema';
import type { SheetLayout } from './ofsted';

export type SourceInfo = PackMeta['sources'][number];

const OGL = 'Open Government Licence v3.0';
const OFSTED_COLLECTION = 'https://www.gov.uk/government/collections/childrens-social-care-statistics';
const SCRAPER_REPO = 'https://github.com/JT-39/ofsted-ilacs-scrape-tool';

/**
 * Every raw file the build reads, in order of preference: when files disagree about an event, the
 * earliest official file in this list wins (newer Ofsted editions carry Ofsted's own corrections).
 * `file` is relative to the input folder (default ../shared/data/raw).
 */
export const SOURCES = {
  ofsted2025: {
    id: 'ofsted-la-outcomes-2025',
    file: 'ofsted_dfe-analytical-services_CSC_outcomes_and_enablers/LA_Inspection_Outcomes_as_at_31_March_2025.ods',
    publisher: 'Ofsted',
    title: 'Local authority inspection outcomes as at 31 March 2025',
    published: '2025-09-25',
    licence: OGL,
    url: OFSTED_COLLECTION,
    official: true,
    sheets: [
      ['Inspections_as_at_31_March', 'latest'],
      ['In-year_inspections', 'in-year'],
      ['ILACS_inspection_history', 'ilacs-history'],
    ],
  },
  ofsted2024: {
    id: 'ofsted-la-outcomes-2024',
    file: 'ofsted_dfe-analytical-services_CSC_outcomes_and_enablers/LA_Inspection_Outcomes_as_at_March_2024.ods',
    publisher: 'Ofsted',
    title: 'Local authority inspection outcomes as at 31 March 2024',
    published: '2024-08-30',
    licence: OGL,
    url: 'https://www.gov.uk/government/statistics/local-authority-inspection-outcomes-as-at-31-march-2024',
    official: true,
    sheets: [
      ['Inspections_31_March_2024', 'latest'],
      ['Inspections_in_year_2023-24', 'in-year'],
      ['ILACS_inspections_2018-2024', 'ilacs-history-wide'],
    ],
  },
  ofsted2023: {
    id: 'ofsted-csc-data-2023',
    file: 'ofsted_dfe-analytical-services_CSC_outcomes_and_enablers/Childrens_social_care_in_England_2023_underlying_data.ods',
    publisher: 'Ofsted',
    title: "Children's social care data in England 2023 (underlying data)",
    published: '2023-07-06',
    licence: OGL,
    url: 'https://www.gov.uk/government/statistics/childrens-social-care-data-in-england-2023',
    official: true,
    sheets: [
      ['LA_level_at_31_Mar_2023', 'latest'],
      ['LA_level_in_year_2022-23', 'in-year'],
      ['LA_inspections_2009-2023', 'framework-history'],
    ],
  },
  ofsted2022: {
    id: 'ofsted-csc-data-2022',
    file: 'ofsted_toluwaniosabiya_LIDA/Childrens_social_care_in_England_2022_underlying_data.ods',
    publisher: 'Ofsted',
    title: "Children's social care data in England 2022 (underlying data)",
    published: '2022-07-07',
    licence: OGL,
    url: 'https://www.gov.uk/government/statistics/childrens-social-care-data-in-england-2022',
    official: true,
    sheets: [
      ['LA_level_at_31_Mar_2022', 'latest'],
      ['LA_level_in_year_2021-22', 'in-year'],
      ['LA_inspections_2009-2022', 'framework-history'],
    ],
  },
  scrapedHistory: {
    id: 'scraped-ilacs-history',
    file: 'scrape_JT-39_ofsted-ilacs-scrape-tool/ofsted_csc_ilacs_history.csv',
    publisher: 'Data to Insight ofsted-ilacs-scrape-tool (JT-39 fork)',
    title: 'Children’s services inspection history scraped from Ofsted report PDFs (unofficial)',
    published: '2026-08-22',
    licence: 'MIT',
    url: SCRAPER_REPO,
    official: false,
  },
  scrapedLookup: {
    id: 'scraped-provider-lookup',
    file: 'scrape_JT-39_ofsted-ilacs-scrape-tool/Provider_data_lookup.csv',
    publisher: 'Data to Insight ofsted-ilacs-scrape-tool (JT-39 fork)',
    title: 'Ofsted URN, DfE code and statistical neighbours lookup (unofficial)',
    published: '2026-08-22',
    licence: 'MIT',
    url: SCRAPER_REPO,
    official: false,
  },
  gazetteer: {
    id: 'mysociety-la-names',
    file: 'gazetteer_mysociety_uk_local_authority_names_and_codes/uk_local_authorities.csv',
    publisher: 'mySociety',
    title: 'UK local authority names and codes',
    published: '2025-07-10',
    licence: 'MIT',
    url: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
    official: false,
  },
  gazetteerNames: {
    id: 'mysociety-name-lookup',
    file: 'gazetteer_mysociety_uk_local_authority_names_and_codes/lookup_name_to_registry.csv',
    publisher: 'mySociety',
    title: 'UK local authority names and codes: name to registry code lookup',
    published: '2025-07-10',
    licence: 'MIT',
    url: 'https://github.com/mysociety/uk_local_authority_names_and_codes',
    official: false,
  },
} as const satisfies Record<
  string,
  SourceInfo & { file: string; sheets?: ReadonlyArray<readonly [string, SheetLayout]> }
>;

export type SourceKey = keyof typeof SOURCES;
export const OFSTED_WORKBOOKS = ['ofsted2025', 'ofsted2024', 'ofsted2023', 'ofsted2022'] as const;
export type OfstedWorkbook = (typeof OFSTED_WORKBOOKS)[number];

/** Lower is preferred. Official Ofsted files first, newest edition first; the scraped index last. */
export const SOURCE_PRIORITY: readonly string[] = Object.values(SOURCES).map((source) => source.id);

/**
 * The official files cover inspections up to 31 March 2025 whose reports were published by 30 June 2025.
 * Only scraped reports beyond that are added, marked unofficial; inside it the official files rule.
 */
export const OFFICIAL_COVERAGE = { inspectedBy: '2025-03-31', publishedBy: '2025-06-30' } as const;

export function packSources(): SourceInfo[] {
  return Object.values(SOURCES).map(({ id, publisher, title, published, licence, url, official }) => ({
    id,
    publisher,
    title,
    published,
    licence,
    url,
    official,
  }));
}
