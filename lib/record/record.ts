import {
  gradeTally,
  inspectionDate,
  inspectionsOf,
  latestOutcome,
  responsibleFor,
  shortJudgement,
} from '../pack/lookup';
import type { Authority, Inspection, Judgement, Pack } from '../pack/schema';

/** Everything the sidebar shows about one council, assembled from the pack. */
export interface CouncilRecord {
  authority: Authority;
  /** For a district, the county whose record this is; for the nations, the inspectorate. */
  responsible: ReturnType<typeof responsibleFor>;
  /** The inspected council's inspections and visits, oldest first. */
  inspections: Inspection[];
  trend: string | null;
  /** For a council that no longer exists, the councils that took over its area. */
  successors: Authority[];
  /**
   * Each statistical neighbour's latest inspection with an outcome: its overall judgement, or for a report
   * card (no single grade) `reportCard` and its grades, never an older grade given as its latest.
   */
  neighbours: {
    authority: Authority;
    judgement?: Judgement;
    reportCard?: boolean;
    grades?: string;
    date?: string;
  }[];
  nationalSpread: { judgement: Judgement; count: number }[];
  /** Councils whose latest inspection is a report card, with no single grade: counted apart, not by an older grade. */
  nationalReportCards: number;
  /** Councils with children's services that the spread counts. */
  nationalTotal: number;
}

/**
 * "Requires improvement in 2016, Inadequate in 2022, Good in 2025": the inspections that give an overall
 * judgement (full and short ones alike), and report cards, in order. A short ILACS inspection gives an
 * overall judgement as a standard one does; left out, Kent's line ended "Outstanding in 2022" while its
 * list, timeline and hover card gave Good from its 2025 short inspection.
 */
export function trendLine(inspections: readonly Inspection[]): string | null {
  const parts = inspections.flatMap((inspection) => {
    const year = inspectionDate(inspection).slice(0, 4);
    if (inspection.overall) return [`${shortJudgement(inspection.overall)} in ${year}`];
    // A report card has no overall grade; left out, the newest inspection vanished from the line.
    const tally = inspection.kind === 'report-card' && gradeTally(inspection);
    return tally ? [`report card in ${year} (${tally})`] : [];
  });
  // Two inspections with the same outcome in one year (a 2013 child protection inspection, then a full
  // one) read as a slip when listed twice.
  const runs: { part: string; times: number }[] = [];
  for (const part of parts) {
    const last = runs.at(-1);
    if (last?.part === part) last.times++;
    else runs.push({ part, times: 1 });
  }
  const merged = runs.map(({ part, times }) =>
    times === 1 ? part : `${part} (${times === 2 ? 'twice' : `${times} times`})`,
  );
  return merged.length > 0 ? merged.join(', ') : null;
}

/**
 * How many of England's children's services authorities had each outcome at their latest inspection,
 * computed from the pack. A council whose latest is a report card has no single grade, so it is counted as
 * one (`reportCards`), not under the grade of the inspection before.
 */
export function nationalSpread(pack: Pack): {
  spread: { judgement: Judgement; count: number }[];
  reportCards: number;
  total: number;
} {
  const counts = new Map<Judgement, number>();
  let reportCards = 0;
  let total = 0;
  for (const authority of pack.authorities) {
    if (authority.ended || authority.childrensServices.kind !== 'self') continue;
    total++;
    const latest = latestOutcome(pack, authority.code);
    if (latest?.judgement) counts.set(latest.judgement, (counts.get(latest.judgement) ?? 0) + 1);
    else if (latest) reportCards++;
  }
  const order: Judgement[] = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];
  return {
    spread: order.map((judgement) => ({ judgement, count: counts.get(judgement) ?? 0 })),
    reportCards,
    total,
  };
}

export function councilRecord(pack: Pack, code: string): CouncilRecord | null {
  const authority = pack.authorities.find((candidate) => candidate.code === code);
  if (!authority) return null;
  const responsible = responsibleFor(pack, authority);
  const inspected = responsible.kind === 'inspectorate' ? null : responsible.authority;
  const inspections = inspected ? inspectionsOf(pack, inspected.code) : [];
  const services = inspected?.childrensServices;
  const neighbours =
    services?.kind === 'self'
      ? services.statisticalNeighbours.flatMap((neighbourCode) => {
          const neighbour = pack.authorities.find((candidate) => candidate.code === neighbourCode);
          if (!neighbour) return [];
          const latest = latestOutcome(pack, neighbourCode);
          if (!latest) return [{ authority: neighbour }];
          const grades = latest.judgement ? null : gradeTally(latest.inspection);
          return [
            {
              authority: neighbour,
              ...(latest.judgement ? { judgement: latest.judgement } : { reportCard: true }),
              ...(grades && { grades }),
              date: inspectionDate(latest.inspection),
            },
          ];
        })
      : [];
  const { spread, reportCards, total } = nationalSpread(pack);
  return {
    authority,
    responsible,
    inspections,
    trend: trendLine(inspections),
    successors: (authority.ended?.replacedBy ?? []).flatMap(
      (successor) => pack.authorities.find((candidate) => candidate.code === successor) ?? [],
    ),
    neighbours,
    nationalSpread: spread,
    nationalReportCards: reportCards,
    nationalTotal: total,
  };
}

/**
 * Ofsted's statistics files give every grade 3 in today's words, back to 2009; a reader who opens a 2011
 * report of the time finds "adequate" where the record says "requires improvement to be good", so the
 * record says why.
 */
const GRADE_3_THEN =
  'Its grade 3 of 4 was then called "adequate"; Ofsted\'s files, and so this record, give it as "requires improvement to be good".';

/** Plain words on what each framework was, for readers who do not know Ofsted's acronyms. */
export const FRAMEWORK_NOTES: Record<string, string> = {
  SLAC: `Inspection of safeguarding and looked after children services (2009 to 2012): two separate judgements, no single overall grade. ${GRADE_3_THEN}`,
  'SLAC re-inspection': `A second safeguarding and looked after children inspection, after an inadequate one. ${GRADE_3_THEN}`,
  CPI: `Child protection inspection (2012 to 2013): unannounced inspections of help and protection only. ${GRADE_3_THEN}`,
  'CPI re-inspection': `A second child protection inspection. ${GRADE_3_THEN}`,
  TLAC: 'Targeted inspection of services for looked after children (2013).',
  SIF: 'Single inspection framework (2013 to 2017): a full inspection with one overall judgement.',
  'SIF re-inspection': 'A second single inspection for councils judged inadequate.',
  ILACS:
    'Inspecting local authority children’s services (2018 onwards): standard inspections (about two weeks), short inspections (one week) for councils previously judged good or outstanding, focused visits on one theme, and monitoring visits for councils judged inadequate.',
  'Report card (2026)':
    'From April 2026 Ofsted publishes report cards with several judgements and no single overall grade.',
};
