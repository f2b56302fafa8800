import type { Authority } from '../schema';
import { cleanAliases, leadingPlace } from './aliases';
import { BuildError } from './errors';
import type { Observation } from './events';
import { CHILDRENS_SERVICES_TYPES, type Council, isCouncil, type ProviderRow } from './gazetteer';
import type { NameIndex } from './name-index';
import type { BuildReport } from './report';

/**
 * The bodies that inspect children's services where Ofsted does not. Councils in Wales and Scotland run
 * those services; in Northern Ireland councils do not: the Health and Social Care Trusts do (`runBy`).
 */
export const INSPECTORATES = {
  Wales: { name: 'Care Inspectorate Wales', url: 'https://www.careinspectorate.wales' },
  Scotland: { name: 'Care Inspectorate', url: 'https://www.careinspectorate.com' },
  'Northern Ireland': {
    name: 'RQIA (Regulation and Quality Improvement Authority)',
    url: 'https://www.rqia.org.uk',
    runBy: 'Health and Social Care Trusts',
  },
} as const;

/**
 * mySociety's short ("nice") names are sometimes the administrative form ("City of Bristol", "Dorset
 * Council"); a reader and a newsroom say these instead.
 */
const SHORT_NAMES: Record<string, string> = {
  BST: 'Bristol',
  DST: 'Dorset',
  SHN: 'St Helens',
  ABE: 'Aberdeen',
  DND: 'Dundee',
  GLG: 'Glasgow',
  EDH: 'Edinburgh',
  SCB: 'Scottish Borders',
  VGL: 'Vale of Glamorgan',
};

/**
 * Everyday names no source file lists. The county abbreviations are what local papers print before
 * "County Council" ("Bucks County Council (BCC) chiefs met on Monday"); the matcher reads a place only
 * before "Council", so "Bucks" alone is never marked.
 */
const EXTRA_ALIASES: Record<string, string[]> = {
  KHL: ['Hull'],
  EPP: ['Epping'],
  BPC: ['BCP Council'],
  BUC: ['Bucks'],
  CAM: ['Cambs'],
  GLS: ['Glos'],
  HAM: ['Hants'],
  HRT: ['Herts'],
  LAN: ['Lancs'],
  LEC: ['Leics'],
  LIN: ['Lincs'],
  NTH: ['Northants'],
  NTT: ['Notts'],
  OXF: ['Oxon'],
  STS: ['Staffs'],
  WIL: ['Wilts'],
  WOR: ['Worcs'],
};

export class Gazetteer {
  readonly byRegistry = new Map<string, Council>();
  private readonly byGss = new Map<string, Council>();

  constructor(readonly councils: Council[]) {
    for (const council of councils) {
      this.byRegistry.set(council.registryCode, council);
      for (const gss of [council.gss, ...council.formerGss]) if (gss) this.byGss.set(gss, council);
    }
  }

  byCode(gss: string): Council | undefined {
    return this.byGss.get(gss);
  }

  /** The former children's services councils this one replaced (Dorset Council: Dorset County Council). */
  predecessorsOf(council: Council): Council[] {
    return this.councils.filter(
      (former) =>
        !former.current &&
        CHILDRENS_SERVICES_TYPES.has(former.typeCode) &&
        former.replacedBy.includes(council.registryCode),
    );
  }
}

export type DfeCodeOf = (council: Council) => string | undefined;

/**
 * The former councils this one replaced, split by whether Ofsted saw the same children's services
 * authority carry on (same DfE number: North Yorkshire, Somerset, Buckinghamshire became unitary) or a
 * new one begin (another number: Dorset Council after Dorset County Council).
 */
export function predecessors(gazetteer: Gazetteer, council: Council, dfeOf: DfeCodeOf) {
  const all = gazetteer.predecessorsOf(council);
  const continued = all.filter((former) => dfeOf(former) !== undefined && dfeOf(former) === dfeOf(council));
  return { continued, distinct: all.filter((former) => !continued.includes(former)) };
}

/**
 * Ofsted's history tables carry some predecessors' inspections on the successor's row too: the 2011
 * SLAC and 2016 SIF of Dorset County Council also sit on the row of Dorset Council, created in 2019.
 * A statement dated before the successor existed belongs to the distinct council it replaced.
 */
export function reassignToPredecessors(
  observations: Observation[],
  gazetteer: Gazetteer,
  dfeOf: DfeCodeOf,
  report: BuildReport,
): Observation[] {
  return observations.map((observation) => {
    const council = gazetteer.byCode(observation.authority);
    const date = observation.startDate ?? observation.publishedDate;
    if (!council || !date) return observation;
    const { distinct } = predecessors(gazetteer, council, dfeOf);
    const earlier = distinct.filter((former) => former.endDate && date <= former.endDate);
    if (earlier.length === 0) return observation;
    const where = `${observation.where.sheet ?? observation.where.file} row ${observation.where.row}`;
    if (earlier.length > 1) {
      report.disagree(
        `${council.niceName} ${date} (${where}) predates the council, which replaced several; kept as stated`,
      );
      return observation;
    }
    const predecessor = earlier[0] as Council;
    report.note(
      `${council.niceName} ${date} (${where}) predates the council: recorded under ${predecessor.officialName}`,
    );
    return { ...observation, authority: predecessor.gss };
  });
}

/** A provider-lookup row tied to its council; `otherGss` is set when the lookup uses another GSS code. */
export interface LinkedProvider extends ProviderRow {
  council: Council;
  otherGss?: string;
}

/**
 * Ties each row of the scraped URN lookup to a gazetteer council. The lookup gives Barnsley and Sheffield
 * the codes E08000038/E08000039 where Ofsted and mySociety give E08000016/E08000019: such a row is tied
 * by name and its code kept as one of the council's other codes.
 */
export function linkProviders(
  providers: ProviderRow[],
  gazetteer: Gazetteer,
  names: NameIndex,
  report: BuildReport,
): LinkedProvider[] {
  return providers.map((row) => {
    const byCode = gazetteer.byCode(row.gss);
    if (byCode) return { ...row, council: byCode };
    const byName = names.resolve(row.onsName, { former: false, where: row.where });
    if (!byName) {
      report.unmatchedNames.push(`"${row.onsName}" (${row.gss}) in ${row.where.file} row ${row.where.row}`);
      throw new BuildError(`The URN lookup's "${row.onsName}" (${row.gss}) matches no council`, row.where);
    }
    report.note(
      `${byName.niceName}: the URN lookup uses GSS ${row.gss}; the pack uses ${byName.gss} as Ofsted does`,
    );
    return { ...row, council: byName, otherGss: row.gss };
  });
}

export interface AuthorityInputs {
  gazetteer: Gazetteer;
  nameLookup: Map<string, string[]>;
  providers: LinkedProvider[];
  /** Names Ofsted's files use, by registry code. */
  ofstedNames: Map<string, Set<string>>;
  /** Former councils the inspection history mentions: only these of the former ones join the pack. */
  formerInHistory: Set<string>;
}

export function buildAuthorities(input: AuthorityInputs, report: BuildReport): Authority[] {
  const { gazetteer } = input;
  const providerByRegistry = new Map(input.providers.map((row) => [row.council.registryCode, row]));
  const dfeToGss = new Map(input.providers.map((row) => [row.dfeCode, row.council.gss]));
  const dfeOf: DfeCodeOf = (council) =>
    providerByRegistry.get(council.registryCode)?.dfeCode ?? council.oldOnsCode;
  const included = gazetteer.councils.filter(
    (council) => isCouncil(council) && (council.current || input.formerInHistory.has(council.registryCode)),
  );

  const gssOf = (registryCode: string, where: string): string => {
    const council = gazetteer.byRegistry.get(registryCode);
    if (!council) throw new BuildError(`${where} refers to unknown registry code ${registryCode}`);
    return council.gss;
  };

  const childrensServices = (council: Council): Authority['childrensServices'] => {
    if (council.nation !== 'England') return { kind: 'inspectorate', ...INSPECTORATES[council.nation] };
    if (council.countyRegistryCode && !CHILDRENS_SERVICES_TYPES.has(council.typeCode)) {
      return { kind: 'county', authority: gssOf(council.countyRegistryCode, council.officialName) };
    }
    if (!CHILDRENS_SERVICES_TYPES.has(council.typeCode)) {
      throw new BuildError(
        `${council.officialName} (${council.typeCode}) has no county and runs no children's services`,
      );
    }
    const provider = providerByRegistry.get(council.registryCode);
    if (provider && council.oldOnsCode && provider.dfeCode !== council.oldOnsCode) {
      report.disagree(
        `${council.niceName}: DfE code ${provider.dfeCode} in the URN lookup, ${council.oldOnsCode} in mySociety`,
      );
    }
    const neighbours = (provider?.neighbourDfeCodes ?? []).map((dfe) => {
      const gss = dfeToGss.get(dfe);
      if (!gss)
        throw new BuildError(`statistical neighbour DfE code ${dfe} matches no authority`, provider?.where);
      return gss;
    });
    const urn = provider?.urn;
    return {
      kind: 'self',
      ofstedUrn: urn,
      dfeCode: provider?.dfeCode ?? council.oldOnsCode,
      ofstedUrl: urn ? `https://reports.ofsted.gov.uk/provider/44/${urn}` : undefined,
      statisticalNeighbours: neighbours,
    };
  };

  const authorities = included.map((council): Authority => {
    const shortName = SHORT_NAMES[council.registryCode] ?? council.niceName;
    const rawNames = [
      council.niceName,
      ...(input.nameLookup.get(council.registryCode) ?? council.altNames),
      ...(input.ofstedNames.get(council.registryCode) ?? []),
      ...(EXTRA_ALIASES[council.registryCode] ?? []),
      leadingPlace(shortName) ?? [],
    ].flat();
    const otherGss = providerByRegistry.get(council.registryCode)?.otherGss;
    return {
      code: council.gss,
      registryCode: council.registryCode,
      name: council.officialName,
      shortName,
      aliases: cleanAliases(rawNames, council.officialName, shortName),
      type: council.typeName,
      nation: council.nation,
      region: council.region,
      // A county that became a unitary with the same DfE number is the same children's services
      // authority: its code stays findable (North Yorkshire County Council's E10000023).
      formerCodes: [
        ...council.formerGss,
        ...predecessors(gazetteer, council, dfeOf).continued.map((former) => former.gss),
      ],
      ...(otherGss ? { otherCodes: [otherGss] } : {}),
      childrensServices: childrensServices(council),
      ...(council.endDate
        ? {
            ended: {
              date: council.endDate,
              replacedBy: council.replacedBy.map((code) => gssOf(code, council.officialName)),
            },
          }
        : {}),
    };
  });
  return withoutSharedAliases(authorities, report).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * An alias two councils share would send a reader to the wrong one. A current council keeps it over a
 * former one ("Bournemouth" today means BCP); otherwise nobody keeps it. Names and short names always win.
 */
function withoutSharedAliases(authorities: Authority[], report: BuildReport): Authority[] {
  const owners = new Map<string, Authority[]>();
  const claim = (text: string, authority: Authority) => {
    const key = text.toLowerCase();
    const list = owners.get(key) ?? [];
    if (!list.includes(authority)) list.push(authority);
    owners.set(key, list);
  };
  for (const authority of authorities) {
    claim(authority.name, authority);
    claim(authority.shortName, authority);
    for (const alias of authority.aliases) claim(alias, authority);
  }
  const isOwnName = (text: string, authority: Authority) =>
    [authority.name, authority.shortName].some((name) => name.toLowerCase() === text.toLowerCase());
  return authorities.map((authority) => {
    const aliases = authority.aliases.filter((alias) => {
      const sharers = owners.get(alias.toLowerCase()) ?? [];
      if (sharers.length === 1) return true;
      const namedBy = sharers.filter((other) => isOwnName(alias, other));
      const current = sharers.filter((other) => !other.ended);
      const keeper = namedBy.length === 1 ? namedBy[0] : current.length === 1 ? current[0] : undefined;
      if (keeper !== authority) {
        report.note(
          `alias "${alias}" dropped from ${authority.shortName}: ${sharers.map((s) => s.shortName).join(' and ')} share it`,
        );
        return false;
      }
      return true;
    });
    return { ...authority, aliases };
  });
}
