import { inspectionDate, shortJudgement } from '../../lib/pack/lookup';
import type { Inspection, Judgement } from '../../lib/pack/schema';

const WIDTH = 360;
const HEIGHT = 86;
const PAD = 16;
const FIRST_YEAR = 2009;

const TONE: Record<string, string> = {
  Outstanding: '#1b7a3a',
  Good: '#1565a8',
  // White 10 px labels need 4.5:1: #b26a00 gave "RI" 4.2:1.
  'Requires improvement to be good': '#a05f00',
  'Requires improvement': '#a05f00',
  Adequate: '#a05f00',
  Inadequate: '#b3261e',
};
const SHORT: Record<string, string> = {
  Outstanding: 'O',
  Good: 'G',
  'Requires improvement to be good': 'RI',
  'Requires improvement': 'RI',
  Adequate: 'A',
  Inadequate: 'I',
};
/** A report card: several grades and no single one. */
const NO_GRADE = { letter: '–', tone: '#546e7a', words: 'no single grade' };

/** The key's entries, best first, one per letter: "RI" stands for both wordings of requires improvement. */
const GRADE_KEY = [
  ...new Map(
    Object.entries(SHORT).map(([judgement, letter]) => [
      letter,
      { letter, tone: TONE[judgement], words: shortJudgement(judgement as Judgement) },
    ]),
  ).values(),
  NO_GRADE,
];

const RADIUS = 11;
/** Centre to centre: two circles closer than this hide each other's letter. */
const SPACING = 2 * RADIUS + 1;

/**
 * Circle centres for points along the axis (in date order), nudged apart just enough that none hides
 * another: each run of circles too close together is spread evenly, centred where their dates are, and
 * kept between `min` and `max`. Kent's two 2013 inspections (January and August, 11 px apart) drew "R"
 * over "RI"; Northamptonshire's drew one red circle for two. A stem still runs down to each one's date.
 */
export function spreadApart(xs: readonly number[], min: number, max: number): number[] {
  const runs: { count: number; sum: number }[] = [];
  const place = ({ count, sum }: { count: number; sum: number }) => {
    const width = (count - 1) * SPACING;
    const left = Math.min(Math.max(sum / count - width / 2, min), max - width);
    return { left, right: left + width };
  };
  for (const x of xs) {
    runs.push({ count: 1, sum: x });
    // Merge while the newest run overlaps the one before it, as merging can widen it into the one before.
    while (runs.length > 1) {
      const last = runs.at(-1) as { count: number; sum: number };
      const before = runs.at(-2) as { count: number; sum: number };
      if (place(before).right + SPACING <= place(last).left) break;
      runs.splice(-2, 2, { count: before.count + last.count, sum: before.sum + last.sum });
    }
  }
  return runs.flatMap((run) => {
    const { left } = place(run);
    return Array.from({ length: run.count }, (_, index) => left + index * SPACING);
  });
}

export interface TimelineMarker {
  date: string;
  label: string;
  /** Found by Council Lens and not yet confirmed by the reader: drawn hollow, and said so. */
  unconfirmed?: boolean;
}

/**
 * Inspection history at a glance, 2009 to today: a labelled circle per full inspection (the label, not just
 * the colour, says the judgement), small ticks for visits, and diamonds for the council's stated commitments:
 * filled once the reader has confirmed, edited or added one, hollow while it is only Council Lens's reading.
 * Under it, a key to the letters and ticks it draws, and to the diamonds.
 */
export function Timeline({
  inspections,
  commitments = [],
  today = new Date(),
}: {
  inspections: Inspection[];
  commitments?: TimelineMarker[];
  today?: Date;
}) {
  const lastYear = today.getUTCFullYear() + 1;
  const x = (iso: string) => {
    const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
    const years = date.getUTCFullYear() + date.getUTCMonth() / 12 - FIRST_YEAR;
    return PAD + (years / (lastYear - FIRST_YEAR)) * (WIDTH - 2 * PAD);
  };
  const axisY = 52;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);
  const full = inspections.filter(
    (inspection) =>
      inspection.kind === 'full' || inspection.kind === 'short' || inspection.kind === 'report-card',
  );
  const unconfirmed = commitments.filter((commitment) => commitment.unconfirmed).length;
  const visits = inspections.filter(
    (inspection) => inspection.kind === 'focused-visit' || inspection.kind === 'monitoring-visit',
  );
  // Only what this council's timeline draws: the letters are not self-evident ("RI", "A", "I").
  const drawn = new Set(
    full.map((inspection) => (inspection.overall ? SHORT[inspection.overall] : NO_GRADE.letter)),
  );
  const grades = GRADE_KEY.filter((grade) => drawn.has(grade.letter));
  const centres = spreadApart(
    full.map((inspection) => x(inspectionDate(inspection))),
    RADIUS,
    WIDTH - RADIUS,
  );
  return (
    <>
      <svg class="timeline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-title">
        <title id="timeline-title">
          Inspection timeline, {FIRST_YEAR} to {today.getUTCFullYear()}: {full.length} inspections,{' '}
          {visits.length} visits
          {commitments.length > 0 ? `, ${commitments.length} stated commitments` : ''}
          {unconfirmed > 0 ? ` (${unconfirmed} found by Council Lens, not yet confirmed)` : ''}
        </title>
        <line x1={PAD} x2={WIDTH - PAD} y1={axisY} y2={axisY} class="timeline__axis" />
        {years
          .filter((year) => year % 4 === 1)
          .map((year) => (
            <text
              key={year}
              x={x(`${year}-01-01`)}
              y={HEIGHT - 4}
              class="timeline__year"
              text-anchor="middle"
            >
              {year}
            </text>
          ))}
        {visits.map((visit) => (
          <line
            key={visit.id}
            x1={x(inspectionDate(visit))}
            x2={x(inspectionDate(visit))}
            y1={axisY - 6}
            y2={axisY + 6}
            class="timeline__visit"
          >
            <title>
              {visit.label}
              {visit.theme ? `: ${visit.theme}` : ''}, {inspectionDate(visit)}
            </title>
          </line>
        ))}
        {/* Confirmed ones last, so that on a shared date the filled diamond is the one seen. */}
        {[...commitments]
          .sort((a, b) => Number(!a.unconfirmed) - Number(!b.unconfirmed))
          .map((commitment) => (
            <rect
              key={`${commitment.date}-${commitment.label}`}
              x={x(commitment.date) - 4}
              y={axisY + 10}
              width={8}
              height={8}
              transform={`rotate(45 ${x(commitment.date)} ${axisY + 14})`}
              class={`timeline__commitment${commitment.unconfirmed ? ' timeline__commitment--unconfirmed' : ''}`}
            >
              <title>
                {commitment.unconfirmed
                  ? 'Possible commitment, found by Council Lens and not yet confirmed,'
                  : 'Commitment'}{' '}
                stated {commitment.date}: {commitment.label}
              </title>
            </rect>
          ))}
        {full.map((inspection, index) => {
          const at = x(inspectionDate(inspection));
          const cx = centres[index] ?? at;
          const judgement = inspection.overall;
          return (
            <g key={inspection.id}>
              <title>
                {inspection.label}, {inspectionDate(inspection)}: {judgement ?? 'no single overall grade'}
              </title>
              <circle cx={cx} cy={axisY - 22} r={RADIUS} fill={judgement ? TONE[judgement] : NO_GRADE.tone} />
              <text x={cx} y={axisY - 18} class="timeline__label" text-anchor="middle">
                {judgement ? SHORT[judgement] : NO_GRADE.letter}
              </text>
              {/* From the circle, nudged aside where inspections crowd, down to the inspection's date. */}
              <line x1={cx} x2={at} y1={axisY - 11} y2={axisY} class="timeline__stem" />
            </g>
          );
        })}
      </svg>
      {(grades.length > 0 || visits.length > 0) && (
        <p class="timeline__key muted" aria-hidden="true">
          {grades.map((grade) => (
            <span key={grade.letter}>
              <span class="timeline__swatch" style={{ background: grade.tone }}>
                {grade.letter}
              </span>{' '}
              {grade.words}
            </span>
          ))}
          {visits.length > 0 && (
            <span>
              <span class="timeline__tick" /> visit
            </span>
          )}
        </p>
      )}
      {commitments.length > 0 && (
        <p class="timeline__legend muted" aria-hidden="true">
          {unconfirmed < commitments.length && <span>◆ a commitment you confirmed or added</span>}
          {unconfirmed > 0 && <span>◇ found by Council Lens, to confirm below</span>}
        </p>
      )}
    </>
  );
}
