import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommitmentDetails } from '../../lib/db/commitments';
import type { CommitmentRecord } from '../../lib/db/records';
import { formatDate, formatPounds } from '../shared/format';
import { CommitmentForm, KIND_LABELS } from './CommitmentForm';

/** Who stands behind each entry: the reader can tell Council Lens's guesses from their own choices. */
export const STATUS_LABELS: Partial<Record<CommitmentRecord['status'], string>> = {
  extracted: 'found by Council Lens',
  confirmed: 'confirmed by you',
  edited: 'edited by you',
  manual: 'added by you',
};

export interface CommitmentsListProps {
  /** The council's commitments, and its other statements (status 'statement') for the reader to review. */
  commitments: CommitmentRecord[];
  /** Text the reader selected in the article, which they may add as a commitment of this council. */
  selectedText?: string | null;
  onConfirm(id: string): void;
  onDismiss(id: string): void;
  /** Puts back a removed commitment with the status it had. */
  onRestore(id: string, status: CommitmentRecord['status']): void;
  onEdit(id: string, details: CommitmentDetails): Promise<void>;
  /** Resolves to the new commitment's id (undefined if none was added), to put focus on it once listed. */
  onAdd(quote: string, details: CommitmentDetails): Promise<string | undefined>;
}

/**
 * What the council said it would do, newest first, each with the article it came from; then, folded away,
 * the other things it was heard saying, any of which the reader can keep as a commitment.
 */
export function CommitmentsList({
  commitments: all,
  selectedText,
  onConfirm,
  onDismiss,
  onRestore,
  onEdit,
  onAdd,
}: CommitmentsListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  // After the form closes, keyboard focus goes back to the Edit button it was opened from.
  const [lastEdited, setLastEdited] = useState<string | null>(null);
  const closeEditor = () => {
    setLastEdited(editing);
    setEditing(null);
  };
  const [adding, setAdding] = useState(false);
  // Cancel takes the form away with its focused button: focus goes back to the button that opened it.
  const returnToAddButton = useRef(false);
  const focusIfReturning = (button: HTMLButtonElement | null) => {
    if (!button || !returnToAddButton.current) return;
    returnToAddButton.current = false;
    button.focus();
  };
  const cancelAdding = () => {
    returnToAddButton.current = true;
    setAdding(false);
  };
  const [removed, setRemoved] = useState<CommitmentRecord | null>(null);
  const commitments = all.filter((commitment) => commitment.status !== 'statement');
  const statements = all.filter((commitment) => commitment.status === 'statement');

  // Removing, hiding or keeping takes away the button the reader pressed; focus would fall to the page's
  // top, and a keyboard reader would lose their place. It goes to the Undo offered, or to the kept
  // commitment's Edit button once the list shows it there.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);
  const remove = (commitment: CommitmentRecord) => {
    setRemoved(commitment);
    onDismiss(commitment.id);
  };
  const keep = (statement: CommitmentRecord) => {
    setLastEdited(statement.id);
    onConfirm(statement.id);
  };

  return (
    <>
      {selectedText &&
        (adding ? (
          <CommitmentForm
            quote={selectedText}
            submitLabel="Add commitment"
            onSave={async (details) => {
              const added = await onAdd(selectedText, details);
              // The form goes, and with it the focused button: focus moves to the new commitment's Edit
              // button once the list shows it.
              if (added) setLastEdited(added);
              setAdding(false);
            }}
            onCancel={cancelAdding}
          />
        ) : (
          <p>
            <button type="button" ref={focusIfReturning} onClick={() => setAdding(true)}>
              Add the selected text as a commitment
            </button>
          </p>
        ))}
      {removed && (
        <p role="status" class="commitment__actions">
          {removed.status === 'statement' ? 'Statement hidden.' : 'Commitment removed.'}
          <button
            ref={undoButton}
            type="button"
            class="link"
            onClick={() => {
              onRestore(removed.id, removed.status);
              setLastEdited(removed.id);
              setRemoved(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
      {/* Measured on real articles, the automatic capture misses most statements (README: Stated commitments). */}
      {commitments.length === 0 ? (
        <p class="muted">
          None captured yet from the articles you have read. Council Lens catches only some of what councils
          say: to add one,{' '}
          {statements.length > 0 && 'keep it from the other things the council said below, or '}
          select the council's statement in the article, then open Council Lens.
        </p>
      ) : (
        <ol class="commitments">
          {commitments.map((commitment) => (
            <li key={commitment.id} class="commitment">
              {editing === commitment.id ? (
                <CommitmentForm
                  quote={commitment.quote}
                  initial={commitment}
                  submitLabel="Save changes"
                  onSave={async (details) => {
                    await onEdit(commitment.id, details);
                    closeEditor();
                  }}
                  onCancel={closeEditor}
                />
              ) : (
                <CommitmentView
                  commitment={commitment}
                  focusEdit={lastEdited === commitment.id}
                  onConfirm={() => onConfirm(commitment.id)}
                  onEdit={() => setEditing(commitment.id)}
                  onRemove={() => remove(commitment)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {commitments.length > 0 && (
        <p class="muted">
          Council Lens catches only some of what councils say, and can misread it: confirm what is right, and
          add what it missed by selecting the statement in the article, then opening Council Lens.
        </p>
      )}
      {statements.length > 0 && (
        <details class="statements">
          <summary>Other things the council said ({statements.length})</summary>
          <p class="muted">
            Heard in the articles you read, and not taken as commitments. Most are not, but some are: keep
            those.
          </p>
          <ol class="commitments">
            {statements.map((statement) => (
              <li key={statement.id} class="commitment">
                {statement.publishedDate && (
                  <p class="commitment__meta muted">{formatDate(statement.publishedDate)}</p>
                )}
                <blockquote>{statement.quote}</blockquote>
                <Source commitment={statement} />
                <p class="commitment__actions">
                  <button type="button" class="link" onClick={() => keep(statement)}>
                    Keep as a commitment
                  </button>
                  <button type="button" class="link" onClick={() => remove(statement)}>
                    Hide
                  </button>
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

/** Who said it, in which article, from which publisher. */
function Source({ commitment }: { commitment: CommitmentRecord }) {
  return (
    <p class="commitment__source">
      {commitment.speaker && `${commitment.speaker}, in `}
      <a href={commitment.articleUrl} target="_blank" rel="noreferrer">
        {commitment.headline}
      </a>
      {commitment.publisher && ` (${commitment.publisher})`}
    </p>
  );
}

function CommitmentView({
  commitment,
  focusEdit,
  onConfirm,
  onEdit,
  onRemove,
}: {
  commitment: CommitmentRecord;
  focusEdit: boolean;
  onConfirm(): void;
  onEdit(): void;
  onRemove(): void;
}) {
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, [focusEdit]);
  return (
    <>
      <p class="commitment__meta">
        <span class="tag">{KIND_LABELS[commitment.kind]}</span>
        {commitment.amount !== undefined && <span class="tag">{formatPounds(commitment.amount)}</span>}
        {commitment.amountUnspecified && <span class="tag">amount not stated</span>}
        {commitment.publishedDate && <span class="muted">{formatDate(commitment.publishedDate)}</span>}
        <span class="muted">{STATUS_LABELS[commitment.status]}</span>
      </p>
      <blockquote>{commitment.quote}</blockquote>
      <Source commitment={commitment} />
      <p class="commitment__actions">
        {commitment.status === 'extracted' && (
          <button type="button" class="link" onClick={onConfirm}>
            Confirm
          </button>
        )}
        <button type="button" class="link" ref={editButton} onClick={onEdit}>
          Edit
        </button>
        <button type="button" class="link" onClick={onRemove}>
          Remove
        </button>
      </p>
    </>
  );
}
