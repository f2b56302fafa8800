import { gradeTally, inspectionDate, latestOutcome, responsibleFor } from './pack/lookup';
import type { Judgement, Pack } from './pack/schema';

/** What a page needs to say about one council at a glance: on a mark, in the hover card, in the summary. */
export interface AuthoritySummary {
  code: string;
  name: string;
  shortName: string;
  /** When a council that no longer exists ended. */
  ended?: string;
  /** Set when the latest full inspection is a post-2026 report card, which has no single overall grade. */
  latest: {
    judgement?: Judgement;
    noOverallGrade?: boolean;
    /** A report card's grades, best first: "2 Outstanding, 2 Good". */
    grades?: string;
    date: string;
    label: string;
    official: boolean;
    /** Whose inspection it is: the council itself, or for a district the county that runs its services. */
    of: string;
  } | null;
  /**
   * For a district, its county; for Wales, Scotland and Northern Ireland, the inspectorate, and in Northern
   * Ireland who runs the services instead of the council (`runBy`).
   */
  responsible?:
    | { kind: 'county'; code: string; name: string }
    | { kind: 'inspectorate'; name: string; url: string; runBy?: string };
}

export function summariseAuthority(pack: Pack, code: string): AuthoritySummary | null {
  const authority = pack.authorities.find((candidate) => candidate.code === code);
  if (!authority) return null;
  const responsibility = responsibleFor(pack, authority);
  const base = {
    code,
    name: authority.name,
    shortName: authority.shortName,
    ...(authority.ended && { ended: authority.ended.date }),
  };
  if (responsibility.kind === 'inspectorate') {
    return {
      ...base,
      latest: null,
      responsible: responsibility,
    };
  }
  const inspected = responsibility.authority;
  const newest = latestOutcome(pack, inspected.code)?.inspection;
  return {
    ...base,
    latest: newest
      ? {
          ...(newest.overall
            ? { judgement: newest.overall }
            : { noOverallGrade: true, ...withGrades(gradeTally(newest)) }),
          date: inspectionDate(newest),
          label: newest.label,
          official: newest.official,
          of: inspected.name,
        }
      : null,
    ...(responsibility.kind === 'county' && {
      responsible: { kind: 'county' as const, code: inspected.code, name: inspected.name },
    }),
  };
}

const withGrades = (grades: string | null) => (grades ? { grades } : {});

/** The words a screen reader hears on a mark: the council and its latest rating. */
export function describeForMark(summary: AuthoritySummary, visibleText = summary.name): string {
  const { latest, responsible } = summary;
  // Speech users say what they see, so the accessible name starts with the text on the page.
  const shown = visibleText === summary.name ? summary.name : `${visibleText} (${summary.name})`;
  const name = summary.ended ? `${shown} (abolished ${summary.ended.slice(0, 4)})` : shown;
  if (responsible?.kind === 'inspectorate') {
    const runBy = responsible.runBy ? ` run by ${responsible.runBy}, not the council, and` : '';
    return `${name}: children's services${runBy} inspected by ${responsible.name}, not Ofsted`;
  }
  const whose = responsible?.kind === 'county' ? ` (children's services run by ${responsible.name})` : '';
  if (!latest) return `${name}${whose}: no Ofsted inspection on record`;
  const rating = latest.judgement ?? `no single overall grade${latest.grades ? ` (${latest.grades})` : ''}`;
  return `${name}${whose}: Ofsted ${rating}, ${latest.date.slice(0, 4)}. Open Council Lens`;
}
