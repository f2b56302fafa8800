import type { Inspection, Judgement } from '../schema';
import type { Location } from './errors';

/**
 * The kinds of event the raw files record. Each maps to the schema's kind, the framework's name and a
 * plain-words label. `family` groups what may be the same event seen by different files: ILACS standard
 * and short inspections share one so that a file calling an inspection "short" where another says
 * "standard" shows up as a disagreement rather than as two inspections. The older frameworks' history
 * tables hold one column group per framework, so each authority has at most one event of each.
 */
export const EVENT_TYPES = {
  slac: {
    kind: 'full',
    framework: 'SLAC',
    label: 'Inspection of safeguarding and looked after children services (SLAC)',
    family: 'slac',
  },
  'slac-reinspection-safeguarding': {
    kind: 'full',
    framework: 'SLAC re-inspection',
    label: 'Re-inspection of safeguarding services (SLAC)',
    family: 'slac-reinspection-safeguarding',
  },
  'slac-reinspection-lac': {
    kind: 'full',
    framework: 'SLAC re-inspection',
    label: 'Re-inspection of services for looked after children (SLAC)',
    family: 'slac-reinspection-lac',
  },
  cpi: { kind: 'full', framework: 'CPI', label: 'Child protection inspection', family: 'cpi' },
  cpri: {
    kind: 'full',
    framework: 'CPI re-inspection',
    label: 'Child protection re-inspection',
    family: 'cpri',
  },
  tlac: {
    kind: 'full',
    framework: 'TLAC',
    label: 'Targeted inspection of services for looked after children (TLAC)',
    family: 'tlac',
  },
  sif: { kind: 'full', framework: 'SIF', label: 'Single inspection (SIF)', family: 'sif' },
  'sif-reinspection': {
    kind: 'full',
    framework: 'SIF re-inspection',
    label: 'Re-inspection under the single inspection framework (SIF)',
    family: 'sif-reinspection',
  },
  'ilacs-standard': {
    kind: 'full',
    framework: 'ILACS',
    label: 'Full inspection (ILACS standard)',
    family: 'ilacs',
  },
  'ilacs-short': { kind: 'short', framework: 'ILACS', label: 'Short inspection (ILACS)', family: 'ilacs' },
  'focused-visit': { kind: 'focused-visit', framework: 'ILACS', label: 'Focused visit', family: 'visit' },
  'monitoring-visit': {
    kind: 'monitoring-visit',
    framework: 'ILACS',
    label: 'Monitoring visit',
    family: 'visit',
  },
  'report-card-standard': {
    kind: 'report-card',
    framework: 'Report card (2026)',
    label: 'Report card inspection (standard, 2026 framework)',
    family: 'ilacs',
  },
  'report-card-short': {
    kind: 'report-card',
    framework: 'Report card (2026)',
    label: 'Report card inspection (short, 2026 framework)',
    family: 'ilacs',
  },
} as const satisfies Record<
  string,
  { kind: Inspection['kind']; framework: string; label: string; family: string }
>;

export type EventType = keyof typeof EVENT_TYPES;

/** Sub-judgement areas, keyed so that the same area from differently worded columns lines up. */
export const AREAS = {
  leaders: 'The impact of leaders on social work practice with children and families',
  helpAndProtection: 'The experiences and progress of children who need help and protection',
  /** Before 1 January 2023 ILACS judged children in care and care leavers together; see areaLabel(). */
  inCare: 'The experiences and progress of children in care',
  careLeavers: 'The experiences and progress of care leavers',
  sifHelpAndProtection: 'Children who need help and protection',
  sifLookedAfter: 'Children looked after and achieving permanence',
  sifAdoption: 'Adoption performance',
  sifCareLeavers: 'Experiences and progress of care leavers',
  sifLeadership: 'Leadership, management and governance',
  lscb: 'Local Safeguarding Children Board (reviewed alongside the inspection)',
  slacSafeguarding: 'Safeguarding services: overall effectiveness',
  slacLookedAfter: 'Services for looked after children: overall effectiveness',
} as const;

export type Area = keyof typeof AREAS;

export const ILACS_CARE_LEAVERS_JUDGEMENT_FROM = '2023-01-01';

/** Families whose history tables give each authority at most one event. */
export const ONCE_PER_AUTHORITY = new Set([
  'slac',
  'slac-reinspection-safeguarding',
  'slac-reinspection-lac',
  'cpi',
  'cpri',
  'tlac',
  'sif',
  'sif-reinspection',
]);

/** One source's statement of one event: a row (or a column group of a row) of one sheet. */
export interface Observation {
  authority: string;
  /** Undefined for "latest judgement" rows, which do not say what kind of inspection they report. */
  type?: EventType;
  /** Families this observation may belong to (one, unless type is unknown). */
  families: string[];
  startDate?: string;
  publishedDate?: string;
  endDate?: string;
  overall?: Judgement;
  noOverallGrade?: boolean;
  judgements: Partial<Record<Area, Judgement>>;
  theme?: string;
  reportUrl?: string;
  source: string;
  where: Location;
  /** Rows only confirm the event they attach to; their judgements are compared, never the event's record. */
  confirmsOnly?: boolean;
  /**
   * Set on the ILACS column groups of wide history tables, whose publication dates some editions mistype.
   * `ordinal` is 1 for "First ILACS", 2 for "Second ILACS", absent where the header does not say.
   */
  wideIlacs?: { ordinal?: number };
}
