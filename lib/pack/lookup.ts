/**
 * Questions about a pack, as plain functions: which council a reader means, who runs its children's
 * services, and its inspections. Used by the extension, the sidebar and `npx council-lens history`.
 */
import { nameKey } from './names';
import type { Authority, Inspection, Judgement, Pack } from './schema';

interface PackIndex {
  byCode: Map<string, Authority>;
  byName: Map<string, Authority[]>;
  inspections: Map<string, Inspection[]>;
}

const indexes = new WeakMap<Pack, PackIndex>();

function namesOf(authority: Authority): string[] {
  return [authority.shortName, authority.name, ...authority.aliases];
}

function indexOf(pack: Pack): PackIndex {
  const cached = indexes.get(pack);
  if (cached) return cached;
  const byCode = new Map<string, Authority>();
  const byName = new Map<string, Authority[]>();
  for (const authority of pack.authorities) {
    for (const code of [authority.code, ...authority.formerCodes, ...(authority.otherCodes ?? [])]) {
      if (!byCode.has(code)) byCode.set(code, authority);
    }
    for (const name of namesOf(authority)) {
      const key = nameKey(name);
      const list = byName.get(key) ?? [];
      if (!list.includes(authority)) byName.set(key, [...list, authority]);
    }
  }
  const inspections = new Map<string, Inspection[]>();
  for (const inspection of pack.inspections) {
    inspections.set(inspection.authority, [...(inspections.get(inspection.authority) ?? []), inspection]);
  }
  for (const list of inspections.values()) list.sort(byDate);
  const index = { byCode, byName, inspections };
  indexes.set(pack, index);
  return index;
}

/** The date an inspection is known by: its start, else its publication. */
export function inspectionDate(inspection: Inspection): string {
  return inspection.startDate ?? inspection.publishedDate ?? '';
}

function byDate(a: Inspection, b: Inspection): number {
  return inspectionDate(a).localeCompare(inspectionDate(b)) || a.id.localeCompare(b.id);
}

/**
 * The council a query means: a GSS code (current, former or another source's), mySociety's registry
 * code, an Ofsted URN or DfE number, or a name in any usual form ("Sefton Council", "sefton", "Hull").
 * A current council wins over a former one of the same name.
 */
export function resolveAuthority(pack: Pack, query: string): Authority | undefined {
  const text = query.trim();
  if (!text) return undefined;
  const index = indexOf(pack);
  if (/^[ENSW]\d{8}$/i.test(text)) return index.byCode.get(text.toUpperCase());
  if (/^[A-Z]{3}$/.test(text)) {
    const byRegistry = pack.authorities.find((authority) => authority.registryCode === text);
    if (byRegistry) return byRegistry;
  }
  if (/^\d+$/.test(text)) {
    return pack.authorities.find(
      (authority) =>
        authority.childrensServices.kind === 'self' &&
        (authority.childrensServices.ofstedUrn === text || authority.childrensServices.dfeCode === text),
    );
  }
  const matches = index.byName.get(nameKey(text)) ?? [];
  return matches.find((authority) => !authority.ended) ?? matches[0];
}

export type Responsibility =
  | { kind: 'self'; authority: Authority }
  /** A district: the county council that runs its children's services. */
  | { kind: 'county'; authority: Authority }
  /** Wales, Scotland, Northern Ireland: not Ofsted. `runBy` when the council does not run the services. */
  | { kind: 'inspectorate'; name: string; url: string; runBy?: string };

/** Who runs (and so who is inspected for) this council's children's services. */
export function responsibleFor(pack: Pack, authority: Authority): Responsibility {
  const services = authority.childrensServices;
  if (services.kind === 'inspectorate') {
    const { name, url, runBy } = services;
    return { kind: 'inspectorate', name, url, ...(runBy && { runBy }) };
  }
  if (services.kind === 'county') {
    const county = indexOf(pack).byCode.get(services.authority);
    if (!county)
      throw new Error(`The pack names ${services.authority} as ${authority.shortName}'s county but lacks it`);
    return { kind: 'county', authority: county };
  }
  return { kind: 'self', authority };
}

/** The authority's inspections and visits, oldest first. */
export function inspectionsOf(pack: Pack, code: string): Inspection[] {
  return [...(indexOf(pack).inspections.get(code) ?? [])];
}

export interface LatestJudgement {
  inspection: Inspection;
  judgement: Judgement;
}

interface LatestOptions {
  asOf?: string;
  officialOnly?: boolean;
}

function newest(
  pack: Pack,
  code: string,
  options: LatestOptions,
  counts: (inspection: Inspection) => boolean,
): Inspection | undefined {
  return inspectionsOf(pack, code)
    .filter(
      (inspection) =>
        counts(inspection) &&
        (!options.asOf || inspectionDate(inspection) <= options.asOf) &&
        (!options.officialOnly || inspection.official),
    )
    .at(-1);
}

/**
 * The newest inspection with an overall judgement. `asOf` (ISO date) ignores inspections after it;
 * `officialOnly` ignores those known only from the unofficial scraped index.
 */
export function latestJudgement(
  pack: Pack,
  code: string,
  options: LatestOptions = {},
): LatestJudgement | undefined {
  const inspection = newest(pack, code, options, (candidate) => candidate.overall !== undefined);
  return inspection?.overall ? { inspection, judgement: inspection.overall } : undefined;
}

export interface LatestOutcome {
  inspection: Inspection;
  /** Absent for a post-2026 report card, which gives several grades and no single overall one. */
  judgement?: Judgement;
}

/**
 * The newest inspection with an outcome: an overall judgement or a report card. What a council's latest
 * standing is wherever one is given: `latestJudgement` skips a report card, so for Lancashire (report card
 * 2026) it gives Good from 2022, an older grade, as if it were the latest.
 */
export function latestOutcome(
  pack: Pack,
  code: string,
  options: LatestOptions = {},
): LatestOutcome | undefined {
  const inspection = newest(
    pack,
    code,
    options,
    (candidate) => candidate.overall !== undefined || candidate.kind === 'report-card',
  );
  return inspection && { inspection, ...(inspection.overall && { judgement: inspection.overall }) };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The councils whose names are closest to a query that matched none, closest first; with `maxDistance`,
 * only those within that many typing slips (a name the query starts counts as half of one).
 */
export function suggestAuthorities(
  pack: Pack,
  query: string,
  limit = 3,
  maxDistance = Infinity,
): Authority[] {
  const key = nameKey(query);
  return pack.authorities
    .map((authority) => {
      const distances = namesOf(authority).map((name) => {
        const candidate = nameKey(name);
        // A query that starts a longer name ("Kingst") is close to it whatever the length difference.
        return candidate.startsWith(key) ? 0.5 : editDistance(key, candidate);
      });
      return { authority, distance: Math.min(...distances) };
    })
    .filter((entry) => entry.distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.authority.shortName.localeCompare(b.authority.shortName))
    .slice(0, limit)
    .map((entry) => entry.authority);
}

const SHORT_JUDGEMENT: Partial<Record<Judgement, string>> = {
  'Requires improvement to be good': 'Requires improvement',
};
/** A judgement as a line of text gives it: "Requires improvement", not "… to be good". */
export const shortJudgement = (judgement: Judgement) => SHORT_JUDGEMENT[judgement] ?? judgement;

const GRADE_ORDER: readonly string[] = [
  'Outstanding',
  'Good',
  'Adequate',
  'Requires improvement to be good',
  'Requires improvement',
  'Inadequate',
];

/**
 * A report card's grades at a glance, best first: "2 Outstanding, 2 Good". The 2026 framework gives no
 * single overall grade, and "No single grade" alone told a reader nothing about the newest inspection.
 */
export function gradeTally(inspection: Inspection): string | null {
  const counts = new Map<string, number>();
  for (const { judgement } of inspection.subJudgements ?? []) {
    if (!GRADE_ORDER.includes(judgement)) continue;
    const short = shortJudgement(judgement);
    counts.set(short, (counts.get(short) ?? 0) + 1);
  }
  const tally = [...counts]
    .sort(([a], [b]) => GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b))
    .map(([grade, count]) => `${count} ${grade}`);
  return tally.length > 0 ? tally.join(', ') : null;
}
