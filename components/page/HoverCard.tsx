import type { AuthoritySummary } from '../../lib/authority-summary';
import { formatDate } from '../shared/format';
import { JudgementBadge } from '../shared/JudgementBadge';

export interface HoverCardProps {
  summary: AuthoritySummary;
  position: { top: number; left: number };
  onOpenHistory(): void;
}

/** The card a mark shows on hover or focus: the council, its latest Ofsted judgement and its date. */
export function HoverCard({ summary, position, onOpenHistory }: HoverCardProps) {
  const { latest, responsible } = summary;
  const titleId = `council-lens-card-${summary.code}`;
  return (
    <div
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
    >
      <p class="card__name" id={titleId}>
        {summary.name}
      </p>
      {summary.ended && <p class="card__line">No longer exists: ended on {formatDate(summary.ended)}.</p>}
      {responsible?.kind === 'inspectorate' ? (
        <p class="card__line">
          {responsible.runBy
            ? `Children's services here are run by ${responsible.runBy}, not the council, and inspected by ${responsible.name}, not Ofsted.`
            : `Children's services are inspected by ${responsible.name}, not Ofsted.`}
        </p>
      ) : (
        <>
          {responsible?.kind === 'county' && (
            <p class="card__line">Children's services are run by {responsible.name}.</p>
          )}
          {latest ? (
            <p class="card__line">
              <JudgementBadge judgement={latest.judgement} />{' '}
              {latest.grades && <span class="card__grades">{latest.grades}. </span>}
              <span class="card__date">
                {latest.label}, {formatDate(latest.date)}
                {latest.official ? '' : ' (unofficial source)'}
              </span>
            </p>
          ) : (
            <p class="card__line">No Ofsted inspection on record in Council Lens's data.</p>
          )}
        </>
      )}
      <button type="button" class="card__open" onClick={onOpenHistory}>
        Open history
      </button>
    </div>
  );
}
