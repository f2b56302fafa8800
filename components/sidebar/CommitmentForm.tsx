import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatPoundsInFull, parseAmount } from '../../lib/commitments/amounts';
import type { CommitmentDetails } from '../../lib/db/commitments';
import type { CommitmentKind } from '../../lib/db/records';

export const KIND_LABELS: Record<CommitmentKind, string> = {
  money: 'Money',
  staffing: 'Staffing',
  action: 'Action',
  acknowledgement: 'Acknowledgement',
  apology: 'Apology',
};

/** The amount as the reader typed it, read the way the extractor reads article text. */
function readAmount(text: string): Pick<CommitmentDetails, 'amount' | 'amountUnspecified'> | 'invalid' {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const parsed = parseAmount(trimmed.startsWith('£') ? trimmed : `£${trimmed}`);
  return parsed.amount === undefined && !parsed.amountUnspecified ? 'invalid' : parsed;
}

export interface CommitmentFormProps {
  /** The sentence the commitment rests on: shown, never edited, so the quote stays as printed. */
  quote: string;
  initial?: CommitmentDetails;
  submitLabel: string;
  onSave(details: CommitmentDetails): Promise<void>;
  onCancel(): void;
}

/** Kind, amount and speaker of a commitment: for correcting a captured one or adding one by hand. */
export function CommitmentForm({ quote, initial, submitLabel, onSave, onCancel }: CommitmentFormProps) {
  const [kind, setKind] = useState<CommitmentKind>(initial?.kind ?? 'action');
  const [amount, setAmount] = useState(
    initial?.amount !== undefined
      ? formatPoundsInFull(initial.amount)
      : initial?.amountUnspecified
        ? 'multi-million pounds'
        : '',
  );
  const [speaker, setSpeaker] = useState(initial?.speaker ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  // Focused in the task that shows the form, not after a paint: focus moved later pulled the caret out of a
  // field the reader (or a test, CI run of 5 Dec 2026) had already started typing in, and the amount typed
  // went into the Kind list instead.
  useLayoutEffect(() => firstField.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const money = readAmount(amount);
    if (money === 'invalid') {
      setProblem('Write the amount as the article does, such as £10m, £1.2m or £500,000, or leave it empty.');
      return;
    }
    try {
      await onSave({ kind, ...money, speaker: speaker.trim() || undefined });
    } catch (error) {
      setProblem(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form
      class="commitment-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Esc leaves the form, not the whole sidebar.
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <blockquote>{quote}</blockquote>
      <label>
        Kind
        <select
          ref={firstField}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as CommitmentKind)}
        >
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Amount (optional)
        <input
          value={amount}
          placeholder="£10m"
          onInput={(event) => setAmount(event.currentTarget.value)}
          aria-invalid={problem !== null}
        />
      </label>
      <label>
        Who said it (optional)
        <input value={speaker} onInput={(event) => setSpeaker(event.currentTarget.value)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <p class="commitment__actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" class="link" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
