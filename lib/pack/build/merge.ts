import type { Inspection, Judgement } from '../schema';
import { daysBetween } from './dates';
import { BuildError, describeLocation } from './errors';
import {
  AREAS,
  type Area,
  EVENT_TYPES,
  ILACS_CARE_LEAVERS_JUDGEMENT_FROM,
  type Observation,
  ONCE_PER_AUTHORITY,
} from './events';
import type { BuildReport } from './report';

/** Two files describe the same event when its start dates are this close… */
const SAME_START_DAYS = 3;
/** …or its publication dates are (editions differ by a day on some ILACS publication dates). */
const SAME_PUBLICATION_DAYS = 7;
/** A "latest judgement" row gives the inspection's start; an older-framework report followed within this. */
const LATEST_TO_PUBLICATION_DAYS = 240;
/** A wide-table ILACS date that matches nothing joins the ILACS inspection published nearest, within this. */
const MISTYPED_PUBLICATION_DAYS = 60;

export interface MergeOptions {
  /** Source ids, preferred first. */
  priority: readonly string[];
  official: ReadonlySet<string>;
  /** Unofficial events are kept only beyond what the official files cover. */
  coverage: { inspectedBy: string; publishedBy: string };
  nameOf: (code: string) => string;
}

interface Group {
  family: string;
  members: Observation[];
}

function close(a: Observation, b: Observation): boolean {
  const near = (x: string | undefined, y: string | undefined, days: number) =>
    x !== undefined && y !== undefined && Math.abs(daysBetween(x, y)) <= days;
  return (
    near(a.startDate, b.startDate, SAME_START_DAYS) ||
    near(a.publishedDate, b.publishedDate, SAME_PUBLICATION_DAYS)
  );
}

function distance(a: Observation, b: Observation): number {
  if (a.startDate && b.startDate) return Math.abs(daysBetween(a.startDate, b.startDate));
  if (a.publishedDate && b.publishedDate) return Math.abs(daysBetween(a.publishedDate, b.publishedDate));
  return Number.POSITIVE_INFINITY;
}

function describe(observation: Observation): string {
  return describeLocation(observation.where);
}

/** Short form for the report: "ofsted-la-outcomes-2025 ILACS_inspection_history r151". */
function cite(observation: Observation): string {
  const { sheet, file, row } = observation.where;
  return `${observation.source} ${sheet ?? file.split('/').pop()} r${row}`;
}

/**
 * Merges every file's statements into one record per event. Statements are grouped per authority and
 * family by date; rows that do not say their type (latest-judgement rows, untyped scraped reports) then
 * join the group they fit. Each field comes from the most preferred official statement that gives it;
 * every other statement that says something different is reported as a disagreement.
 */
export function mergeObservations(
  observations: Observation[],
  options: MergeOptions,
  report: BuildReport,
): Inspection[] {
  const rank = (observation: Observation) => {
    const index = options.priority.indexOf(observation.source);
    if (index < 0) throw new BuildError(`Source "${observation.source}" has no priority`);
    return index;
  };
  const byPreference = (a: Observation, b: Observation) =>
    rank(a) - rank(b) ||
    (a.where.row ?? 0) - (b.where.row ?? 0) ||
    (a.where.sheet ?? '').localeCompare(b.where.sheet ?? '');

  const byAuthority = new Map<string, Observation[]>();
  for (const observation of observations) {
    byAuthority.set(observation.authority, [...(byAuthority.get(observation.authority) ?? []), observation]);
  }

  const inspections: Inspection[] = [];
  for (const [authority, list] of [...byAuthority].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort(byPreference);
    const groups = groupTyped(sorted.filter((observation) => observation.type !== undefined));
    for (const observation of sorted.filter((candidate) => candidate.type === undefined)) {
      const group = groupFor(observation, groups);
      if (group) group.members.push(observation);
      else reportUnattached(observation, options, report);
    }
    for (const group of groups) {
      group.members.sort(byPreference);
      const inspection = inspectionFrom(authority, group, options, report);
      if (inspection) inspections.push(inspection);
    }
  }
  return withUniqueIds(inspections).sort(
    (a, b) =>
      a.authority.localeCompare(b.authority) ||
      (a.startDate ?? a.publishedDate ?? '').localeCompare(b.startDate ?? b.publishedDate ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Groups statements whose type is known. Older frameworks happen once per authority, so their statements
 * group by family whatever their dates (a typo in one edition's date then shows as a disagreement).
 * ILACS inspections and visits group by date. An ILACS column group of a wide table whose date matches
 * nothing (editions mistype some publication dates: 05/11/2022 for 05/09/2022, 03/04 for 04/03) joins the
 * authority's first or second ILACS inspection as its header says, else the one published nearest.
 */
function groupTyped(observations: Observation[]): Group[] {
  let groups: Group[] = [];
  const join = (observation: Observation, matches: Group[]) => {
    const family = observation.families[0] as string;
    const merged: Group = { family, members: [...matches.flatMap((group) => group.members), observation] };
    groups = [...groups.filter((group) => !matches.includes(group)), merged];
  };
  const byDate = (observation: Observation) =>
    groups.filter(
      (group) =>
        group.family === observation.families[0] &&
        (ONCE_PER_AUTHORITY.has(group.family) || group.members.some((member) => close(member, observation))),
    );
  for (const observation of observations.filter((candidate) => !candidate.wideIlacs)) {
    join(observation, byDate(observation));
  }
  for (const observation of observations.filter((candidate) => candidate.wideIlacs)) {
    const matches = byDate(observation);
    const fallback = matches.length ? undefined : mistypedMatch(observation, inspectionsInOrder(groups));
    join(observation, fallback ? [fallback] : matches);
  }
  return groups;
}

function mistypedMatch(observation: Observation, ilacs: Group[]): Group | undefined {
  const ordinal = observation.wideIlacs?.ordinal;
  if (ordinal !== undefined) return ilacs[ordinal - 1];
  const published = observation.publishedDate;
  if (!published) return undefined;
  const gapTo = (group: Group) =>
    Math.min(
      ...group.members.map((member) =>
        member.publishedDate
          ? Math.abs(daysBetween(member.publishedDate, published))
          : Number.POSITIVE_INFINITY,
      ),
    );
  const nearest = [...ilacs].sort((a, b) => gapTo(a) - gapTo(b))[0];
  return nearest && gapTo(nearest) <= MISTYPED_PUBLICATION_DAYS ? nearest : undefined;
}

/** The authority's ILACS standard and short inspections, oldest first. */
function inspectionsInOrder(groups: Group[]): Group[] {
  const dateOf = (group: Group) =>
    group.members.map((member) => member.startDate ?? member.publishedDate ?? '').sort()[0] ?? '';
  return groups
    .filter((group) =>
      group.members.some((member) => member.type === 'ilacs-standard' || member.type === 'ilacs-short'),
    )
    .sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
}

function groupFor(observation: Observation, groups: Group[]): Group | undefined {
  const eligible = groups.filter((group) => observation.families.includes(group.family));
  const scored = eligible
    .map((group) => ({
      group,
      gap: Math.min(
        ...group.members.filter((member) => close(member, observation)).map((m) => distance(m, observation)),
      ),
    }))
    .filter(({ gap }) => Number.isFinite(gap));
  if (scored.length === 0 && observation.confirmsOnly && observation.startDate) {
    // Older frameworks are known by publication date only; a latest-judgement row gives the inspection
    // date, so it belongs to the report published soonest after it.
    const start = observation.startDate;
    for (const group of eligible) {
      if (group.members.some((member) => member.startDate)) continue;
      const gaps = group.members
        .map((member) => (member.publishedDate ? daysBetween(start, member.publishedDate) : Number.NaN))
        .filter((gap) => gap >= 0 && gap <= LATEST_TO_PUBLICATION_DAYS);
      if (gaps.length) scored.push({ group, gap: Math.min(...gaps) });
    }
  }
  scored.sort((a, b) => a.gap - b.gap);
  return scored[0]?.group;
}

function reportUnattached(observation: Observation, options: MergeOptions, report: BuildReport): void {
  const what = `${options.nameOf(observation.authority)} ${observation.startDate ?? observation.publishedDate}`;
  if (observation.confirmsOnly) {
    report.disagree(
      `${what}: a latest-judgement row matches no inspection in the history sheets (${describe(observation)})`,
    );
  } else if (options.official.has(observation.source)) {
    throw new BuildError(`An official row of unknown type matches no inspection`, observation.where);
  } else {
    report.note(
      `${what}: scraped report of unknown framework matches no official record; left out (${describe(observation)})`,
    );
  }
}

type Contributor = Observation & { official: boolean };

function inspectionFrom(
  authority: string,
  group: Group,
  options: MergeOptions,
  report: BuildReport,
): Inspection | undefined {
  const members: Contributor[] = group.members.map((member) => ({
    ...member,
    official: options.official.has(member.source),
  }));
  const official = members.some((member) => member.official);
  const contributors = official ? members.filter((member) => member.official) : members;
  const stating = contributors.filter((member) => !member.confirmsOnly);
  const first = <T>(from: Contributor[], pick: (member: Contributor) => T | undefined): T | undefined =>
    from.map(pick).find((value) => value !== undefined);

  const type = first(stating, (member) => member.type);
  if (!type)
    throw new BuildError(
      `No inspection type for ${authority} (${describe(group.members[0] as Observation)})`,
    );
  const info = EVENT_TYPES[type];
  const startDate = first(contributors, (member) => member.startDate);
  const publishedDate = first(contributors, (member) => member.publishedDate);
  const date = startDate ?? publishedDate;
  const label = `${options.nameOf(authority)} ${info.label} ${date}`;

  if (!official) {
    const beyondOfficial =
      (startDate !== undefined && startDate > options.coverage.inspectedBy) ||
      (publishedDate !== undefined && publishedDate > options.coverage.publishedBy);
    if (!beyondOfficial) {
      report.note(`${label}: only in the scraped index, inside the official files' period; left out`);
      return undefined;
    }
  }

  const sameSheet = new Set<string>();
  for (const member of members) {
    const key = `${member.source}|${member.where.sheet}`;
    if (sameSheet.has(key)) report.disagree(`${label}: ${cite(member)} lists this event a second time`);
    sameSheet.add(key);
  }

  const ilacs = group.family === 'ilacs';
  const judgementsOf = (member: Contributor) => (member.confirmsOnly && !ilacs ? {} : member.judgements);
  const areas = Object.keys(AREAS) as Area[];
  const judgements = new Map<Area, Judgement>();
  for (const area of areas) {
    const judgement = first(stating, (member) => member.judgements[area]);
    if (judgement) judgements.set(area, judgement);
  }

  const compare = (field: string, statedBy: (member: Contributor) => string | undefined) => {
    const stated = members
      .map((member) => ({ member, value: statedBy(member) }))
      .filter((entry): entry is { member: Contributor; value: string } => entry.value !== undefined);
    const values = [...new Set(stated.map((entry) => entry.value))];
    if (values.length <= 1) return;
    const sides = values.map((value) => {
      const citing = stated.filter((entry) => entry.value === value).map((entry) => cite(entry.member));
      return `"${value}" (${citing.join(', ')})`;
    });
    report.disagree(`${label}: ${field}: ${sides.join(' vs ')}`);
  };
  compare('type', (member) =>
    member.confirmsOnly ? undefined : member.type && EVENT_TYPES[member.type].label,
  );
  compare('inspection start', (member) => member.startDate);
  compare('publication date', (member) => member.publishedDate);
  compare('overall effectiveness', (member) => member.overall);
  compare('visit theme', (member) => member.theme);
  for (const area of areas) compare(AREAS[area], (member) => judgementsOf(member)[area]);

  const careLeaversJudgedSeparately =
    judgements.has('careLeavers') || (date !== undefined && date >= ILACS_CARE_LEAVERS_JUDGEMENT_FROM);
  const areaLabel = (area: Area) =>
    area === 'inCare' && ilacs && !careLeaversJudgedSeparately
      ? 'The experiences and progress of children in care and care leavers'
      : AREAS[area];

  const sources = members.map((member) => ({
    source: member.source,
    sheet: member.where.sheet ?? member.where.file.split('/').pop(),
    row: member.where.row,
  }));
  const noOverallGrade = first(stating, (member) => member.noOverallGrade);
  return {
    id: `${authority}:${info.kind}:${date}`,
    authority,
    kind: info.kind,
    framework: info.framework,
    label: info.label,
    theme: first(stating, (member) => member.theme),
    startDate,
    endDate: first(contributors, (member) => member.endDate),
    publishedDate,
    overall: first(stating, (member) => member.overall),
    ...(noOverallGrade ? { noOverallGrade } : {}),
    subJudgements: [...judgements].map(([area, judgement]) => ({ area: areaLabel(area), judgement })),
    // Only the scraped index links the report itself (a PDF on Ofsted's own site the reader can check).
    reportUrl: first(members, (member) => member.reportUrl),
    official,
    sources,
  };
}

/**
 * Ids are `${authority}:${kind}:${date}`. Two different events can share that (Warrington's SLAC
 * re-inspections of safeguarding and of looked after children were both published on 25 February 2011):
 * those get their framework's label as a suffix. Two records of the same type on the same date would be
 * one event counted twice, which the build refuses.
 */
function withUniqueIds(inspections: Inspection[]): Inspection[] {
  const byId = new Map<string, Inspection[]>();
  for (const inspection of inspections)
    byId.set(inspection.id, [...(byId.get(inspection.id) ?? []), inspection]);
  const duplicates: string[] = [];
  const result = inspections.map((inspection) => {
    const sharing = byId.get(inspection.id) ?? [];
    if (sharing.length === 1) return inspection;
    if (new Set(sharing.map((other) => other.label)).size < sharing.length) duplicates.push(inspection.id);
    const suffix = inspection.label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return { ...inspection, id: `${inspection.id}:${suffix}` };
  });
  if (duplicates.length)
    throw new BuildError(`Duplicate inspection ids: ${[...new Set(duplicates)].join(', ')}`);
  return result;
}
