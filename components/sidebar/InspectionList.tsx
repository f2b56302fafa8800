import type { Inspection, PackMeta } from '../../lib/pack/schema';
import { FRAMEWORK_NOTES } from '../../lib/record/record';
import { formatDate } from '../shared/format';
import { JudgementBadge } from '../shared/JudgementBadge';

/**
 * The question a framework's explanation answers: "What was SIF?", but for the framework in force, asked
 * in the present and in words ("What was Report card (2026)?" read oddly).
 */
const QUESTIONS: Record<string, string> = { 'Report card (2026)': 'What is a report card?' };

function InspectionDates({ inspection }: { inspection: Inspection }) {
  const { startDate, endDate, publishedDate } = inspection;
  if (!startDate) {
    return (
      <>
        Report published {publishedDate ? formatDate(publishedDate) : '(date not in the files)'}; the
        inspection date is not in the files
      </>
    );
  }
  const span =
    endDate && endDate !== startDate
      ? `${formatDate(startDate)} to ${formatDate(endDate)}`
      : formatDate(startDate);
  return (
    <>
      Inspected {span}
      {publishedDate ? `, report published ${formatDate(publishedDate)}` : ''}
    </>
  );
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
  const sources = new Map(meta.sources.map((source) => [source.id, source]));
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
          <p class="inspection__dates">
            <InspectionDates inspection={inspection} />
          </p>
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
            {inspection.sources
              .map((ref) => sources.get(ref.source))
              .filter((source) => source !== undefined)
              .map((source) => `${source.publisher}, ${source.title}`)
              .filter((text, index, all) => all.indexOf(text) === index)
              .join('; ')}
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
