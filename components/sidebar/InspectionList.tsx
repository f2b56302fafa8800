import type { Inspection, PackMeta } from '../../lib/pack/schema';
import { FRAMEWORK_NOTES } from '../../lib/record/record';
import { formatDate } from '../shared/format';
import { JudgementBadge } from '../shared/JudgementBadge';

/**
 * The question a framework's explanation answers: "What was SIF?", but for the framework in force, asked
 * in the present and in words ("What was Report card (2026)?" read oddly).
 */
const QUESTIONS: Record<string, string> = { 'Report card (2026)': 'What is a report card?' };

/** When it was inspected and its report published, in words: the list and a saved record say it alike. */
export function inspectionDates({ startDate, endDate, publishedDate }: Inspection): string {
  if (!startDate) {
    return `Report published ${publishedDate ? formatDate(publishedDate) : '(date not in the files)'}; the inspection date is not in the files`;
  }
  const span =
    endDate && endDate !== startDate
      ? `${formatDate(startDate)} to ${formatDate(endDate)}`
      : formatDate(startDate);
  return `Inspected ${span}${publishedDate ? `, report published ${formatDate(publishedDate)}` : ''}`;
}

/** The sources a record rests on: those of its inspections, and the gazetteer that names the councils. */
export function recordSources(inspections: readonly Inspection[], meta: PackMeta): PackMeta['sources'] {
  const used = new Set(inspections.flatMap((inspection) => inspection.sources.map((ref) => ref.source)));
  return meta.sources.filter((source) => used.has(source.id) || source.id.startsWith('mysociety'));
}

/** Who published the facts of an inspection: "Ofsted, Children's social care data in England 2023". */
export function inspectionSources(inspection: Inspection, meta: PackMeta): string {
  const sources = new Map(meta.sources.map((source) => [source.id, source]));
  return inspection.sources
    .map((ref) => sources.get(ref.source))
    .filter((source) => source !== undefined)
    .map((source) => `${source.publisher}, ${source.title}`)
    .filter((text, index, all) => all.indexOf(text) === index)
    .join('; ');
}

export function InspectionList({
  inspections,
  meta,
  councilPage,
}: {
  inspections: Inspection[];
  meta: PackMeta;
  councilPage?: string;
}) {
  const newestFirst = [...inspections].reverse();
  // Each framework explained once, on its newest inspection: one disclosure on every ILACS inspection was
  // the same words again and again, a Tab stop each (7 for ILACS in Sefton's record).
  const explainedOn = new Set(
    Object.keys(FRAMEWORK_NOTES).flatMap((framework) => {
      const newest = newestFirst.find((inspection) => inspection.framework === framework);
      return newest ? [newest.id] : [];
    }),
  );
  return (
    <ol class="inspections">
      {newestFirst.map((inspection) => (
        <li key={inspection.id} class="inspection" data-testid="inspection">
          <p class="inspection__title">
            <strong>{inspection.label}</strong>
            {inspection.theme && <span class="inspection__theme"> · {inspection.theme}</span>}
          </p>
          <p class="inspection__dates">{inspectionDates(inspection)}</p>
          {(inspection.overall || inspection.noOverallGrade) && (
            <p class="inspection__overall">
              Overall: <JudgementBadge judgement={inspection.overall} />
            </p>
          )}
          {inspection.subJudgements.length > 0 && (
            <ul class="inspection__subs">
              {inspection.subJudgements.map((sub) => (
                <li key={sub.area}>
                  <span>{sub.area}</span> <JudgementBadge judgement={sub.judgement} small />
                </li>
              ))}
            </ul>
          )}
          <p class="inspection__source">
            {inspection.reportUrl ? (
              <a href={inspection.reportUrl} target="_blank" rel="noreferrer">
                Read the Ofsted report
              </a>
            ) : councilPage ? (
              <a href={councilPage} target="_blank" rel="noreferrer">
                Ofsted reports for this council
              </a>
            ) : (
              'No link to the report in the data'
            )}
            {' · '}
            {inspection.official ? 'Source: ' : <strong class="unofficial">Unofficial source: </strong>}
            {inspectionSources(inspection, meta)}
          </p>
          {explainedOn.has(inspection.id) && (
            <details class="inspection__framework">
              <summary>{QUESTIONS[inspection.framework] ?? `What was ${inspection.framework}?`}</summary>
              {FRAMEWORK_NOTES[inspection.framework]}
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
