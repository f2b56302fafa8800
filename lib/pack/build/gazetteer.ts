import { BuildError } from './errors';
import type { Table, TableRow } from './table';

/** One row of mySociety's uk_local_authorities.csv, in the shape the build needs. */
export interface Council {
  registryCode: string;
  officialName: string;
  niceName: string;
  gss: string;
  endDate?: string;
  replacedBy: string[];
  nation: 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';
  region?: string;
  /** mySociety's type code: CTY, UA, MD, LBO, NMD, CC, SCO, WPA, NID, COMB, SRA. */
  typeCode: string;
  typeName: string;
  /** Registry code of the county council that runs a district's upper-tier services. */
  countyRegistryCode?: string;
  altNames: string[];
  formerGss: string[];
  current: boolean;
  /** "old-ons-la-code": for English upper-tier councils this is the DfE local authority number. */
  oldOnsCode?: string;
}

const NATIONS = new Set(['England', 'Wales', 'Scotland', 'Northern Ireland']);

/** Types that run children's services in England (county, unitary, metropolitan, London, City). */
export const CHILDRENS_SERVICES_TYPES = new Set(['CTY', 'UA', 'MD', 'LBO', 'CC']);
/** Bodies in the gazetteer that are not councils a reader would look up: combined authorities, the GLA. */
const NOT_COUNCILS = new Set(['COMB', 'SRA']);

function required(row: TableRow, column: string): string {
  const value = row.cells[column];
  if (value === undefined) throw new BuildError(`column "${column}" is missing`, row.where);
  return value.replace(/\s+/g, ' ').trim();
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function parseCouncils(table: Table): Council[] {
  return table.rows.map((row) => {
    const nation = required(row, 'nation');
    if (!NATIONS.has(nation)) throw new BuildError(`unknown nation "${nation}"`, row.where);
    const region = required(row, 'region');
    return {
      registryCode: required(row, 'local-authority-code'),
      officialName: required(row, 'official-name'),
      niceName: required(row, 'nice-name'),
      gss: required(row, 'gss-code'),
      endDate: required(row, 'end-date') || undefined,
      replacedBy: list(required(row, 'replaced-by')),
      nation: nation as Council['nation'],
      region: region && region !== nation ? region : undefined,
      typeCode: required(row, 'local-authority-type'),
      typeName: required(row, 'local-authority-type-name'),
      countyRegistryCode: required(row, 'county-la') || undefined,
      // alt-names joins names with bare commas, so names that contain a comma arrive split; the
      // name lookup file (parseNameLookup) holds them whole and is preferred where it has the council.
      altNames: list(row.cells['alt-names'] ?? ''),
      formerGss: list(required(row, 'former-gss-codes')),
      current: required(row, 'current-authority') === 'True',
      oldOnsCode: required(row, 'old-ons-la-code') || undefined,
    };
  });
}

/** mySociety's lookup_name_to_registry.csv: registry code → every name it lists for that council. */
export function parseNameLookup(table: Table): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const row of table.rows) {
    const code = required(row, 'local-authority-code');
    const name = required(row, 'la-name');
    if (!name) continue;
    names.set(code, [...(names.get(code) ?? []), name]);
  }
  return names;
}

/** One row of the scraped tool's Provider_data_lookup.csv: Ofsted URN ↔ DfE number ↔ GSS code. */
export interface ProviderRow {
  urn: string;
  dfeCode: string;
  gss: string;
  onsName: string;
  /** Statistical neighbours as DfE numbers (the GSS column uses the newer Barnsley/Sheffield codes). */
  neighbourDfeCodes: string[];
  where: TableRow['where'];
}

export function parseProviderLookup(table: Table): ProviderRow[] {
  return table.rows.map((row) => {
    const urn = required(row, 'urn');
    const dfeCode = required(row, 'la_code');
    if (!/^\d+$/.test(urn) || !/^\d{3}$/.test(dfeCode)) {
      throw new BuildError(
        `expected a numeric URN and a 3-digit DfE code, found "${urn}", "${dfeCode}"`,
        row.where,
      );
    }
    return {
      urn,
      dfeCode,
      gss: required(row, 'la_code_new'),
      onsName: required(row, 'local_authority_ons_name'),
      neighbourDfeCodes: list(required(row, 'stat_neighbours')),
      where: row.where,
    };
  });
}

export function isCouncil(council: Council): boolean {
  return !NOT_COUNCILS.has(council.typeCode);
}
