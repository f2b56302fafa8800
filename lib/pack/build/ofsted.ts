import type { Judgement } from '../schema';
import { parseDate } from './dates';
import { BuildError } from './errors';
import { type Area, EVENT_TYPES, type EventType, type Observation } from './events';
import { parseJudgement } from './judgements';
import type { Table, TableRow } from './table';

/**
 * The layouts of the Ofsted sheets this build reads:
 * - latest: each authority's most recent inspection at a date (type not stated);
 * - in-year: every inspection and visit in one year, with visit themes;
 * - ilacs-history: one row per ILACS inspection since 2018;
 * - ilacs-history-wide: one row per authority, "First ILACS …" and "Second ILACS …" column groups;
 * - framework-history: one row per authority, a column group per framework since 2009 (publication dates).
 */
export type SheetLayout = 'latest' | 'in-year' | 'ilacs-history' | 'ilacs-history-wide' | 'framework-history';

type Field = 'start' | 'published' | 'type' | 'overall' | 'theme' | Area;
type Base = 'link' | 'code' | 'name' | 'status' | 'ignored';

const BASE_COLUMNS: Array<[RegExp, Base]> = [
  [/^web link$/, 'link'],
  [/^local authority area code$/, 'code'],
  [/^local authority name$/, 'name'],
  [/^local authority status$/, 'status'],
  [/region$/, 'ignored'],
  [/^la authority type$/, 'ignored'],
];

const ILACS_FIELDS: Array<[RegExp, Field]> = [
  [/^inspection(\/visit)? date$/, 'start'],
  [/^publication date$/, 'published'],
  [/^inspection(\/visit)? type$/, 'type'],
  [/overall effectiveness$/, 'overall'],
  [/impact of leaders/, 'leaders'],
  [/children who need help and protection$/, 'helpAndProtection'],
  [/children in care( and care leavers)?$/, 'inCare'],
  [/experiences and progress of care leavers$/, 'careLeavers'],
  [/^visit theme$/, 'theme'],
];

function sifColumns(prefix: string, group: EventType): Array<[RegExp, string, Field]> {
  return [
    [new RegExp(`${prefix} publication date$`), group, 'published'],
    [new RegExp(`^${prefix} overall judgement`), group, 'overall'],
    [new RegExp(`^${prefix} children who need help and protection$`), group, 'sifHelpAndProtection'],
    [new RegExp(`^${prefix} children looked after and achieving permanence$`), group, 'sifLookedAfter'],
    [new RegExp(`^${prefix} cla sub: adoption performance$`), group, 'sifAdoption'],
    [new RegExp(`^${prefix} cla sub: experiences and progress of care leavers$`), group, 'sifCareLeavers'],
    [new RegExp(`^${prefix} leadership, management and governance$`), group, 'sifLeadership'],
  ];
}

/** Older frameworks in the 2009-20XX history sheets: [header, column group (= event type), field]. */
const FRAMEWORK_COLUMNS: Array<[RegExp, string, Field]> = [
  [/^safeguarding & looked after children \(slac\) inspection publication date$/, 'slac', 'published'],
  [/^slac safeguarding overall effectiveness/, 'slac', 'slacSafeguarding'],
  [/^slac looked after children overall effectiveness/, 'slac', 'slacLookedAfter'],
  [/^slac re-inspection of safeguarding publication date$/, 'slac-reinspection-safeguarding', 'published'],
  [/^slac re-inspection safeguarding oe$/, 'slac-reinspection-safeguarding', 'overall'],
  [
    /^slac re-inspection of services for children looked after publication date$/,
    'slac-reinspection-lac',
    'published',
  ],
  [/^slac re-inspection of services children looked after oe$/, 'slac-reinspection-lac', 'overall'],
  [/^child protection inspections \(cpi\) publication date$/, 'cpi', 'published'],
  [/^cpi overall effectiveness/, 'cpi', 'overall'],
  [/^child protection re-inspection \(cpri\) publication date$/, 'cpri', 'published'],
  [/^cpri overall effectiveness/, 'cpri', 'overall'],
  [/^targeted looked after children \(tlac\) inspection publication date$/, 'tlac', 'published'],
  [/^tlac overall effectiveness/, 'tlac', 'overall'],
  ...sifColumns('first sif', 'sif'),
  [/^lscb overall effectiveness$/, 'sif', 'lscb'],
  ...sifColumns('sif re-inspection', 'sif-reinspection'),
];

/** "First ILACS framework …", "Second ILACS …", or (for former authorities) plain "ILACS framework …". */
const ILACS_GROUP = /^(?:(first|second) )?ilacs(?: framework)? (.+)$/;
const ILACS_ORDINALS: Record<string, number> = { 'ilacs-first': 1, 'ilacs-second': 2 };

interface ColumnRole {
  base?: Base;
  group?: string;
  field?: Field;
}

function columnRoles(table: Table, layout: SheetLayout, where: TableRow['where']): Map<string, ColumnRole> {
  const roles = new Map<string, ColumnRole>();
  const unknown: string[] = [];
  for (const header of table.headers) {
    const text = header.toLowerCase();
    const base = BASE_COLUMNS.find(([pattern]) => pattern.test(text))?.[1];
    if (base) {
      roles.set(header, { base });
      continue;
    }
    let role: ColumnRole | undefined;
    if (layout === 'framework-history' || layout === 'ilacs-history-wide') {
      const ilacs = text.match(ILACS_GROUP);
      const framework = FRAMEWORK_COLUMNS.find(([pattern]) => pattern.test(text));
      if (ilacs) {
        const field = ILACS_FIELDS.find(([pattern]) => pattern.test(ilacs[2] as string))?.[1];
        if (field) role = { group: `ilacs-${ilacs[1] ?? 'only'}`, field };
      } else if (framework && layout === 'framework-history') {
        role = { group: framework[1], field: framework[2] };
      }
    } else {
      const field = ILACS_FIELDS.find(([pattern]) => pattern.test(text))?.[1];
      if (field) role = { group: 'row', field };
    }
    if (role) roles.set(header, role);
    else unknown.push(header);
  }
  // A column this build does not know means the layout changed: better to stop than to drop a fact.
  if (unknown.length)
    throw new BuildError(`Unrecognised columns: ${unknown.map((h) => `"${h}"`).join(', ')}`, where);
  return roles;
}

/** Ofsted's words for inspection and visit types. */
export function parseEventType(text: string, where: TableRow['where']): EventType {
  const word = text.trim().toLowerCase();
  if (/focused visit/.test(word)) return 'focused-visit';
  if (/monitoring visit/.test(word)) return 'monitoring-visit';
  if (/^(ilacs )?short( inspection)?$/.test(word)) return 'ilacs-short';
  if (/^(ilacs )?standard( inspection)?$/.test(word)) return 'ilacs-standard';
  throw new BuildError(`Unknown inspection type "${text.trim()}"`, where);
}

/** Ties a row to an authority's GSS code; undefined when the name matches nothing (the build then fails). */
export type ResolveAuthority = (
  row: TableRow,
  name: string,
  code: string | undefined,
  former: boolean,
) => string | undefined;

export interface SheetInput {
  table: Table;
  layout: SheetLayout;
  source: string;
  resolve: ResolveAuthority;
  /** Sees each row's web link (the Ofsted page of the authority), for cross-checking codes. */
  onLink?: (authority: string, url: string, row: TableRow) => void;
  /** Hears about values read with an interpretation a maintainer should know of (numeric grades). */
  onNote?: (message: string) => void;
}

/** Reads one Ofsted table into observations: one per row, or one per filled column group of a wide row. */
export function observationsFromTable({
  table,
  layout,
  source,
  resolve,
  onLink,
  onNote,
}: SheetInput): Observation[] {
  const firstRow = table.rows[0];
  if (!firstRow) return [];
  const roles = columnRoles(table, layout, { ...firstRow.where, row: (firstRow.where.row ?? 2) - 1 });
  const headerFor = (base: Base) => [...roles].find(([, role]) => role.base === base)?.[0];
  const [nameHeader, codeHeader, statusHeader, linkHeader] = (
    ['name', 'code', 'status', 'link'] as const
  ).map(headerFor);
  if (!nameHeader) throw new BuildError('No "Local authority name" column', firstRow.where);
  const formerTable = /no longer exist|existed before/i.test(table.title ?? '');

  const observations: Observation[] = [];
  for (const row of table.rows) {
    const name = row.cells[nameHeader] ?? '';
    const status = statusHeader ? row.cells[statusHeader] : undefined;
    const former = formerTable || /no longer exists/i.test(status ?? '');
    const authority = resolve(row, name, codeHeader ? row.cells[codeHeader] || undefined : undefined, former);
    if (!authority) continue;
    const link = linkHeader ? row.links[linkHeader] : undefined;
    if (link) onLink?.(authority, link, row);

    const groups = new Map<string, Partial<Record<Field, string>>>();
    for (const [header, role] of roles) {
      const value = row.cells[header] ?? '';
      if (!role.group || !role.field || value === '') continue;
      groups.set(role.group, { ...groups.get(role.group), [role.field]: value });
    }
    for (const [group, fields] of groups) {
      // Councils new in 2021 and 2023 appear in latest-judgement sheets before their first inspection
      // ("Not yet inspected", "No full inspection" in every cell): nothing to record.
      if (/^(not yet inspected|no full inspection)$/i.test(fields.start ?? '')) continue;
      observations.push(observationFromFields(group, fields, { authority, source, row, layout, onNote }));
    }
  }
  return observations;
}

function observationFromFields(
  group: string,
  fields: Partial<Record<Field, string>>,
  context: {
    authority: string;
    source: string;
    row: TableRow;
    layout: SheetLayout;
    onNote?: (message: string) => void;
  },
): Observation {
  const { row, layout } = context;
  const where = row.where;
  const startDate = parseDate(fields.start ?? '', where);
  const publishedDate = parseDate(fields.published ?? '', where);
  if (!startDate && !publishedDate) {
    throw new BuildError(
      `A ${group === 'row' ? 'row' : `"${group}" column group`} has facts but no date`,
      where,
    );
  }
  let type: EventType | undefined;
  if (layout === 'latest') type = undefined;
  else if (group in EVENT_TYPES) type = group as EventType;
  else if (fields.type) type = parseEventType(fields.type, where);
  else
    throw new BuildError(
      `No inspection type for the ${group === 'row' ? 'row' : `"${group}" columns`}`,
      where,
    );

  const judgements: Partial<Record<Area, Judgement>> = {};
  let overall: Judgement | undefined;
  for (const [field, value] of Object.entries(fields) as Array<[Field, string]>) {
    if (['start', 'published', 'type', 'theme'].includes(field)) continue;
    const judgement = parseJudgement(value, where, undefined, context.onNote);
    if (!judgement) continue;
    if (field === 'overall') overall = judgement;
    else judgements[field as Area] = judgement;
  }
  return {
    authority: context.authority,
    type,
    families: type ? [EVENT_TYPES[type].family] : ['ilacs', 'sif', 'sif-reinspection'],
    startDate,
    publishedDate,
    overall,
    // SLAC judged safeguarding and looked after children separately: no single overall grade.
    noOverallGrade: type === 'slac' ? true : undefined,
    judgements,
    theme: fields.theme?.replace(/\s+/g, ' ').trim() || undefined,
    source: context.source,
    where,
    confirmsOnly: layout === 'latest' ? true : undefined,
    wideIlacs: group.startsWith('ilacs-') ? { ordinal: ILACS_ORDINALS[group] } : undefined,
  };
}
