import type { CommitmentRecord } from '../../lib/db/records';
import { formatDate } from '../shared/format';

const POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  maximumFractionDigits: 1,
});

export interface CommitmentsListProps {
  commitments: CommitmentRecord[];
  onConfirm(id: string): void;
  onDismiss(id: string): void;
}

/** What the council said it would do, newest first, each with the article it came from. */
export function CommitmentsList({ commitments, onConfirm, onDismiss }: CommitmentsListProps) {
  if (commitments.length === 0)
    return <p class="muted">None captured yet from the articles you have read.</p>;
  return (
    <ol class="commitments">
      {commitments.map((commitment) => (
        <li key={commitment.id} class="commitment">
          <p class="commitment__meta">
            <span class="tag">{commitment.kind}</span>
            {commitment.amount !== undefined && <span class="tag">{POUNDS.format(commitment.amount)}</span>}
            {commitment.amountUnspecified && <span class="tag">amount not stated</span>}
            {commitment.publishedDate && <span class="muted">{formatDate(commitment.publishedDate)}</span>}
            {commitment.status === 'extracted' && <span class="muted">found by Council Lens</span>}
          </p>
          <blockquote>{commitment.quote}</blockquote>
          <p class="commitment__source">
            {commitment.speaker && `${commitment.speaker}, in `}
            <a href={commitment.articleUrl} target="_blank" rel="noreferrer">
              {commitment.headline}
            </a>
            {commitment.publisher && ` (${commitment.publisher})`}
          </p>
          <p class="commitment__actions">
            {commitment.status === 'extracted' && (
              <button type="button" class="link" onClick={() => onConfirm(commitment.id)}>
                Confirm
              </button>
            )}
            <button type="button" class="link" onClick={() => onDismiss(commitment.id)}>
              Remove
            </button>
          </p>
        </li>
      ))}
    </ol>
  );
}
